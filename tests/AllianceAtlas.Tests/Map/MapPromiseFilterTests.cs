using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Map;

public sealed class MapPromiseFilterTests(TwoAlliancesApp app) : IClassFixture<TwoAlliancesApp>
{
    [Fact]
    public async Task A_kind_of_promise_narrows_the_alliances_the_map_offers()
    {
        var (response, page) = await app.GetPageAsync("/map?date=1910&obligation=neutrality&alliance=old-league");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["old-league"], page.QuerySelectorAll("input[name=alliance]").Select(i => i.GetAttribute("value")));
        Assert.Equal("neutrality", page.QuerySelector("select[name=obligation] option[selected]")?.GetAttribute("value"));
        Assert.Contains("obligation=neutrality", page.QuerySelector("a[rel=next]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alliance_without_that_kind_of_promise_is_explained()
    {
        var (response, page) = await app.GetPageAsync("/map?date=1960&obligation=offence&alliance=test-pact");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll(".form-errors li"), li =>
            li.TextContent.Contains("The atlas records no offence promise in “test-pact”", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_kind_of_promise_is_explained()
    {
        var (response, page) = await app.GetPageAsync("/map?date=1960&obligation=friendship&alliance=test-pact");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll(".form-errors li"), li => li.TextContent.Contains("“friendship” is not a kind of promise", StringComparison.Ordinal));
    }
}
