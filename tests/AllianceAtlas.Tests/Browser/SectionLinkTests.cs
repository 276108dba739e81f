using AllianceAtlas.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AllianceAtlas.Tests.Browser;

public sealed class SectionLinkTests(LiveAtlas atlas) : IClassFixture<LiveAtlas>
{
    [Fact]
    public async Task Copying_a_section_link_says_copied_on_the_button_itself_and_to_screen_readers()
    {
        var page = await atlas.OpenAsync("/topics/challenges");
        var heading = page.Locator(".prose h2", new() { HasText = "Discussion questions" });

        var button = heading.GetByRole(AriaRole.Button);
        await Assertions.Expect(button).ToHaveTextAsync("Copy link");
        await button.ClickAsync();

        await Assertions.Expect(button).ToHaveTextAsync("Copied");
        await Assertions.Expect(button).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("copied");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/search?q=nato")]
    [InlineData("/alliances/no-such-alliance")]
    [InlineData("/countries/fi")]
    public async Task Headings_nobody_links_to_have_no_copy_link_button(string path)
    {
        var page = await atlas.OpenAsync(path);

        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator(".copy-link").CountAsync());
    }

    [Fact]
    public async Task Every_section_of_an_essay_keeps_its_copy_link_button()
    {
        var page = await atlas.OpenAsync("/alliances/nato");

        var sections = await page.Locator(".prose h2[id]").CountAsync();
        Assert.True(sections > 0);
        Assert.Equal(sections, await page.Locator(".prose h2[id] .copy-link").CountAsync());
    }
}
