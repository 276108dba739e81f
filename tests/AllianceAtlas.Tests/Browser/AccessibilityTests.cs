using AllianceAtlas.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AllianceAtlas.Tests.Browser;

public sealed class AccessibilityTests(LiveAtlas atlas) : IClassFixture<LiveAtlas>
{
    public static TheoryData<string, string> Pages => PageTypes.All;

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_serious_or_critical_wcag_violation(string name, string path)
    {
        foreach (var scheme in new[] { "light", "dark" })
        {
            var page = await atlas.OpenAsync(path, colorScheme: scheme);
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            });

            var problems = result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{name} ({scheme}): {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}")
                .ToList();
            Assert.Empty(problems);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_first_tab_reaches_a_visible_skip_link_that_moves_focus_to_the_content()
    {
        var page = await atlas.OpenAsync("/alliances/nato");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(".skip-link");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0 }, "the focused skip link is on screen");

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#main")).ToBeFocusedAsync();
    }

    [Theory]
    [InlineData("/alliances")]
    [InlineData("/timeline?alliance=nato&kind=accession")]
    [InlineData("/topics/legal-frameworks")]
    public async Task Keyboard_alone_reaches_every_control_and_each_shows_a_visible_focus(string path)
    {
        var page = await atlas.OpenAsync(path);
        var controls = await page.EvaluateAsync<int>(
            "document.querySelectorAll('a[href], button, select, input:not([type=hidden]), textarea, [tabindex]:not([tabindex=\"-1\"])').length");
        var reached = new HashSet<string>(StringComparer.Ordinal);

        for (var i = 0; i < controls + 2; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>(
                """
                () => {
                    const e = document.activeElement;
                    if (!e || e === document.body) return ['', 'none', '0'];
                    const style = getComputedStyle(e);
                    const path = [];
                    for (let n = e; n && n !== document; n = n.parentNode) path.unshift(n.nodeName + ':' + Array.prototype.indexOf.call(n.parentNode?.children ?? [], n));
                    return [path.join('/'), style.outlineStyle, style.outlineWidth];
                }
                """);
            if (focus[0].Length == 0)
            {
                continue;
            }

            reached.Add(focus[0]);
            Assert.True(focus[1] != "none" && focus[2] != "0px", $"{focus[0]} has no visible focus outline");
        }

        Assert.Equal(controls, reached.Count);
    }
}
