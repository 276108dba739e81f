using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Countries;

public sealed class CountryPagesTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    [Fact]
    public async Task The_index_lists_current_and_former_states()
    {
        var (response, document) = await app.GetPageAsync("/countries");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(document.QuerySelector("a[href='/countries/fi']"));
        Assert.NotNull(document.QuerySelector("a[href='/countries/suhh']"));

        var (_, former) = await app.GetPageAsync("/countries?show=former");
        Assert.NotNull(former.QuerySelector("a[href='/countries/suhh']"));
        Assert.Null(former.QuerySelector("a[href='/countries/fi']"));
    }

    [Fact]
    public async Task A_country_page_lists_its_memberships_over_time()
    {
        var (response, document) = await app.GetPageAsync("/countries/fi");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Finland", document.QuerySelector("h1")!.TextContent);
        var nato = document.QuerySelectorAll("table tbody tr").Single(row => row.QuerySelector("a[href='/alliances/nato']") is not null);
        Assert.Contains("4 April 2023", nato.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("table a[href='/alliances/united-nations']"));
    }

    [Fact]
    public async Task A_former_state_shows_its_dates_and_successors()
    {
        var (response, document) = await app.GetPageAsync("/countries/suhh");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A former state", document.QuerySelector(".lede")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("a[href='/countries/ru']"));
        Assert.NotNull(document.QuerySelector("table a[href='/alliances/warsaw-pact']"));
    }

    [Fact]
    public async Task An_upper_case_code_redirects_permanently_to_the_canonical_address()
    {
        var (response, _) = await app.GetPageAsync("/countries/FI");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/countries/fi", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_code_is_not_found()
    {
        var (response, _) = await app.GetPageAsync("/countries/qq");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
