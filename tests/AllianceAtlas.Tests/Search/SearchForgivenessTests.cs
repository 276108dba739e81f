using System.Text.RegularExpressions;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Search;

/// <summary>Searches as readers type them, slips and other names included, over the real content.</summary>
public sealed partial class SearchForgivenessTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    [Theory]
    [InlineData("nato allainces", "nato alliances", "/alliances/nato")]
    [InlineData("Varsaw Pact", "warsaw Pact", "/alliances/warsaw-pact")]
    [InlineData("colective security", "collective security", null)]
    public async Task A_misspelt_search_shows_what_the_corrected_words_find_and_says_so(string typed, string corrected, string? first)
    {
        var (_, page) = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString(typed));

        var notice = page.QuerySelector("main p.notice")!;
        Assert.Contains($"Nothing matches “{typed}”", notice.TextContent, StringComparison.Ordinal);
        var suggestion = notice.QuerySelector("a")!;
        Assert.Equal(corrected, suggestion.TextContent);
        Assert.Equal("/search?q=" + Uri.EscapeDataString(corrected), suggestion.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll("main section li"));
        if (first is not null)
        {
            Assert.Equal(first, page.QuerySelector("main section li a")!.GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Words_the_atlas_has_nothing_near_suggest_nothing()
    {
        var (_, page) = await app.GetPageAsync("/search?q=qqxzvvk");

        Assert.Null(page.QuerySelector("main p.notice"));
        Assert.Contains("Nothing matches “qqxzvvk”", page.QuerySelector("main [role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("turkey", "Türkiye")]
    [InlineData("USSR", "Soviet Union")]
    [InlineData("Union of Soviet Socialist Republics", "Soviet Union")]
    [InlineData("Burma", "Myanmar")]
    [InlineData("Warsaw Treaty Organization", "Warsaw Pact")]
    [InlineData("North Atlantic Treaty Organization", "NATO")]
    public async Task Every_name_of_a_state_or_alliance_finds_what_the_others_find(string one, string other)
    {
        var total = await TotalAsync(one);

        Assert.True(total > 1, $"“{one}” finds {total}");
        Assert.Equal(await TotalAsync(other), total);
    }

    [Theory]
    [InlineData("turkey", "/countries/tr")]
    [InlineData("Burma", "/countries/mm")]
    [InlineData("USSR", "/countries/suhh")]
    [InlineData("Warsaw Treaty", "/alliances/warsaw-pact")]
    public async Task Another_name_for_an_entry_puts_its_page_first(string words, string expected)
    {
        var (_, page) = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString(words));

        Assert.Equal(expected, page.QuerySelector("main section li a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Another_name_and_the_words_beside_it_must_all_match()
    {
        var alone = await TotalAsync("USSR");
        var narrowed = await TotalAsync("USSR Finland");

        Assert.InRange(narrowed, 1, alone - 1);
    }

    [GeneratedRegex(@"(\d+) entr")]
    private static partial Regex Total();

    private async Task<int> TotalAsync(string words)
    {
        var (_, page) = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString(words));
        var status = page.QuerySelector("main [role=status]")!.TextContent;
        return Total().Match(status) is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }
}
