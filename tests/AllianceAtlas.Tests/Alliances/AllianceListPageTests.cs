using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Alliances;

public sealed class AllianceListPageTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    private async Task<List<string>> ListedSlugsAsync(string query)
    {
        var (response, document) = await app.GetPageAsync("/alliances" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return document.QuerySelectorAll("tbody th a").Select(a => a.GetAttribute("href")!.Replace("/alliances/", "", StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public async Task The_list_shows_every_alliance_with_its_kind_and_dates()
    {
        var (response, document) = await app.GetPageAsync("/alliances");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nato = document.QuerySelectorAll("tbody tr").Single(row => row.QuerySelector("a[href='/alliances/nato']") is not null);
        Assert.Contains("Collective defence", nato.TextContent, StringComparison.Ordinal);
        Assert.Contains("4 April 1949", nato.TextContent, StringComparison.Ordinal);
        Assert.Contains(await ListedSlugsAsync(""), slug => slug == "league-of-nations");
    }

    [Fact]
    public async Task Filtering_by_status_separates_active_from_defunct_alliances()
    {
        var defunct = await ListedSlugsAsync("?status=defunct");
        var active = await ListedSlugsAsync("?status=active");

        Assert.Contains("warsaw-pact", defunct);
        Assert.DoesNotContain("nato", defunct);
        Assert.Contains("nato", active);
        Assert.DoesNotContain("league-of-nations", active);
    }

    [Fact]
    public async Task Filtering_by_kind_region_and_era_narrows_the_list()
    {
        var all = await ListedSlugsAsync("");
        var dialogues = await ListedSlugsAsync("?kind=security-dialogue");
        var asiaPacific = await ListedSlugsAsync("?region=asia-pacific");
        var interwar = await ListedSlugsAsync("?era=world-wars");

        Assert.Contains("quad", dialogues);
        Assert.DoesNotContain("nato", dialogues);
        Assert.True(dialogues.Count < all.Count);
        Assert.Contains("quad", asiaPacific);
        Assert.DoesNotContain("warsaw-pact", asiaPacific);
        Assert.Contains("league-of-nations", interwar);
        Assert.DoesNotContain("quad", interwar);
    }

    [Fact]
    public async Task Sorting_by_founding_date_puts_the_oldest_first()
    {
        var slugs = await ListedSlugsAsync("?sort=founded&pageSize=500");

        Assert.True(slugs.IndexOf("league-of-nations") < slugs.IndexOf("nato"));
        Assert.True(slugs.IndexOf("nato") < slugs.IndexOf("quad"));
    }

    [Fact]
    public async Task An_unknown_filter_value_is_explained_and_ignored_rather_than_failing()
    {
        var (response, document) = await app.GetPageAsync("/alliances?kind=space-pirates&era=bronze-age");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("“space-pirates” is not a kind of alliance", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("“bronze-age” is not an era", document.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("a[href='/alliances/nato']"));
    }
}
