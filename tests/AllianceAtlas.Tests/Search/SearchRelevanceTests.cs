using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Search;

/// <summary>Searches over the real content, as readers make them.</summary>
public sealed class SearchRelevanceTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    [Theory]
    [InlineData("nato", "/alliances/nato")]
    [InlineData("NATO", "/alliances/nato")]
    [InlineData("Warsaw Pact", "/alliances/warsaw-pact")]
    [InlineData("quad", "/alliances/quad")]
    public async Task Searching_for_an_alliances_name_puts_its_page_first(string words, string expected)
    {
        var (_, page) = await app.GetPageAsync($"/search?q={Uri.EscapeDataString(words)}");

        Assert.Equal(expected, page.QuerySelector("main section li a")!.GetAttribute("href"));
    }
}
