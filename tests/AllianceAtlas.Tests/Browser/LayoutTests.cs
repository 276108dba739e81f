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
    public async Task On_a_phone_natos_key_facts_are_within_the_first_two_screens()
    {
        var page = await atlas.OpenAsync("/alliances/nato", width: 375, height: 800);

        var top = await page.EvaluateAsync<double>("document.querySelector('.infobox').getBoundingClientRect().top + scrollY");

        Assert.True(top < 2 * 800, $"Key facts begin {top}px down a 375px-wide page");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1024)]
    [InlineData(1440)]
    public async Task The_contents_box_never_lies_over_the_text_beside_it(int width)
    {
        var page = await atlas.OpenAsync("/alliances/nato", width: width, height: 900, reducedMotion: true);
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");

        for (var y = 0; y < height; y += 600)
        {
            await page.EvaluateAsync("y => { window.scrollTo({ top: y, behavior: 'instant' }); return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))); }", y);
            var covered = await page.EvaluateAsync<string[]>(
                """
                () => {
                    const toc = document.querySelector('.toc').getBoundingClientRect();
                    return [...document.querySelectorAll('main p, main li, main td, main th, main h2, main h3, main figure')]
                        .filter(e => !e.closest('.toc'))
                        .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.left < toc.right && r.right > toc.left && r.top < toc.bottom && r.bottom > toc.top; })
                        .map(e => e.textContent.trim().slice(0, 40));
                }
                """);
            Assert.True(covered.Length == 0, $"at {width}px scrolled to {y}px the contents box lies over: {string.Join(" | ", covered)}");
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_alliance_list_shows_every_column_without_scrolling_sideways()
    {
        var page = await atlas.OpenAsync("/alliances", width: 375, height: 800);

        var table = await page.EvaluateAsync<int[]>("(() => { const w = document.querySelector('.table-wrap'); return [w.scrollWidth, w.clientWidth]; })()");
        var cells = await page.EvaluateAsync<string[]>(
            """
            [...document.querySelector('tbody tr').children]
                .filter(c => { const r = c.getBoundingClientRect(); return r.width > 0 && r.left >= 0 && r.right <= innerWidth; })
                .map(c => c.textContent.trim())
            """);

        Assert.True(table[0] <= table[1], $"the list is {table[0]}px wide in a {table[1]}px frame");
        Assert.Equal(5, cells.Length);
        // Without the hidden column headers, each cell names its column.
        var named = await page.EvaluateAsync<string[]>("[...document.querySelector('tbody tr').querySelectorAll('td')].map(c => getComputedStyle(c, '::before').content)");
        Assert.Equal(["\"Kind\"", "\"Founded\"", "\"Ended\"", "\"Members now\""], named);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_map_comes_before_the_form_whose_alliance_list_is_folded()
    {
        var page = await atlas.OpenAsync("/map?date=1962-10-22&alliance=nato&alliance=warsaw-pact", width: 375, height: 800);

        var mapTop = await page.EvaluateAsync<double>("document.querySelector('svg.map').getBoundingClientRect().top");
        var formTop = await page.EvaluateAsync<double>("document.querySelector('form.map-form').getBoundingClientRect().top");

        Assert.True(mapTop < 800, $"the map begins {mapTop}px down, below the first screen");
        Assert.True(mapTop < formTop, $"the map ({mapTop}px) comes after the form ({formTop}px)");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "AUKUS" })).ToBeHiddenAsync();
        await page.Locator("form.map-form summary").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "AUKUS" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_europe_enlarged_draws_poland_at_least_three_times_as_wide_as_the_world_map()
    {
        var world = await atlas.OpenAsync("/map?date=1962-10-22&alliance=nato", width: 375, height: 800);
        await world.GetByRole(AriaRole.Link, new() { Name = "Europe", Exact = true }).ClickAsync();
        await Assertions.Expect(world).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("region=europe"));
        var europeWidth = await world.EvaluateAsync<double>("document.querySelector('svg.map [data-code=PL]').getBoundingClientRect().width");
        await world.GoBackAsync();
        var worldWidth = await world.EvaluateAsync<double>("document.querySelector('svg.map [data-code=PL]').getBoundingClientRect().width");

        Assert.True(europeWidth >= 3 * worldWidth, $"Poland is {europeWidth}px wide on Europe's map and {worldWidth}px on the world's");
        await world.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/alliances/nato", 375)]
    [InlineData("/alliances/nato", 1280)]
    [InlineData("/alliances/united-nations", 375)]
    [InlineData("/alliances/united-nations", 1280)]
    public async Task Chart_labels_are_at_least_11_pixels_tall_and_never_touch(string path, int width)
    {
        var page = await atlas.OpenAsync(path, width: width, height: 900);

        var labels = await page.EvaluateAsync<double[][]>(
            """
            [...document.querySelectorAll('svg.chart text')]
                .filter(t => t.checkVisibility())
                .map(t => { const r = document.createRange(); r.selectNodeContents(t.firstChild); const b = r.getBoundingClientRect(); return [b.left, b.top, b.right, b.bottom]; })
            """);

        Assert.True(labels.Length >= 4, $"only {labels.Length} labels on the chart");
        Assert.All(labels, l => Assert.True(l[3] - l[1] >= 11, $"a label is {l[3] - l[1]:0.#}px tall at {width}px"));
        for (var i = 0; i < labels.Length; i++)
        {
            for (var j = i + 1; j < labels.Length; j++)
            {
                var (a, b) = (labels[i], labels[j]);
                var apart = a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1];
                Assert.True(apart, $"two chart labels touch at {width}px: [{string.Join(", ", a)}] and [{string.Join(", ", b)}]");
            }
        }

        await page.Context.CloseAsync();
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
