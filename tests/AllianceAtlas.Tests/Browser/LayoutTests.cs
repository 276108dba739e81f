using AllianceAtlas.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AllianceAtlas.Tests.Browser;

public sealed class LayoutTests(LiveAtlas atlas) : IClassFixture<LiveAtlas>
{
    public static TheoryData<string, string> Pages => PageTypes.All;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_page_scrolls_sideways_on_a_375_pixel_phone(string name, string path)
    {
        var page = await atlas.OpenAsync(path, width: 375, height: 800);

        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.True(width <= 375, $"{name} is {width}px wide at 375px");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Screenshots_of_every_page_type_at_phone_and_desktop_width_are_saved(string name, string path)
    {
        var folder = Repository.OutputFolder("screenshots");
        foreach (var (device, width) in new[] { ("phone", 375), ("desktop", 1280) })
        {
            var page = await atlas.OpenAsync(path, width: width, height: 900);
            var file = Path.Combine(folder, $"{name}-{device}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 10_000, $"{file} looks empty");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Printing_hides_the_navigation_and_filters()
    {
        var page = await atlas.OpenAsync("/timeline");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToBeHiddenAsync();
        foreach (var form in await page.Locator("form.filters").AllAsync())
        {
            await Assertions.Expect(form).ToBeHiddenAsync();
        }

        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_dark_colour_scheme_is_honoured()
    {
        var light = await atlas.OpenAsync("/", colorScheme: "light");
        var dark = await atlas.OpenAsync("/", colorScheme: "dark");

        var lightBackground = await light.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");
        var darkBackground = await dark.EvaluateAsync<string>("getComputedStyle(document.body).backgroundColor");

        Assert.NotEqual(lightBackground, darkBackground);
        Assert.Equal("rgb(20, 22, 26)", darkBackground);
    }

    [Fact]
    public async Task Reduced_motion_turns_off_smooth_scrolling()
    {
        var moving = await atlas.OpenAsync("/", reducedMotion: false);
        var still = await atlas.OpenAsync("/", reducedMotion: true);

        Assert.Equal("smooth", await moving.EvaluateAsync<string>("getComputedStyle(document.documentElement).scrollBehavior"));
        Assert.Equal("auto", await still.EvaluateAsync<string>("getComputedStyle(document.documentElement).scrollBehavior"));
    }
}
