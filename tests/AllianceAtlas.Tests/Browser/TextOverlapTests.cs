using AllianceAtlas.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AllianceAtlas.Tests.Browser;

/// <summary>What axe and the HTML checker cannot see: text a reader cannot read because other text lies over it.</summary>
public sealed class TextOverlapTests(LiveAtlas atlas) : IClassFixture<LiveAtlas>
{
    public static TheoryData<string, string> Pages => PageTypes.All;

    private static readonly int[] Widths = [375, 768, 1024, 1440];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task No_text_is_drawn_over_other_text_at_any_width_or_scroll_position(string name, string path)
    {
        var problems = new List<string>();
        IPage? page = null;
        foreach (var width in Widths)
        {
            if (page is null)
            {
                page = await atlas.OpenAsync(path, width: width, height: 900, reducedMotion: true);
            }
            else
            {
                // A new width lays the same page out again, as turning a tablet does; no need to load it again.
                await page.SetViewportSizeAsync(width, 900);
            }

            problems.AddRange((await TextOverlap.WhileScrollingAsync(page)).Select(p => $"{name} at {width}px, {p}"));
        }

        await page!.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact]
    public async Task Printed_alliance_pages_have_no_sticky_box_and_no_text_over_text()
    {
        var page = await atlas.OpenAsync("/alliances/nato", width: 1024, height: 900, reducedMotion: true);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        var sticky = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('body *')].filter(e => e.checkVisibility() && ['sticky', 'fixed'].includes(getComputedStyle(e).position)).map(e => e.className || e.nodeName)");
        var problems = await TextOverlap.WhileScrollingAsync(page);

        Assert.Empty(sticky);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        await page.Context.CloseAsync();
    }
}
