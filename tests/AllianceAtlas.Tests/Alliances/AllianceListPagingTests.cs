using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Alliances;

/// <summary>The alliance list and its API come a page at a time, with links to the neighbouring pages.</summary>
public sealed class AllianceListPagingTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    [Fact]
    public async Task A_small_page_size_splits_the_list_and_links_the_neighbouring_pages_keeping_the_filters()
    {
        var (response, document) = await app.GetPageAsync("/alliances?sort=founded&pageSize=10&page=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(10, document.QuerySelectorAll("table tbody tr").Length);
        Assert.Contains("Page 2 of", document.QuerySelector("nav.pager")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/alliances?sort=founded&pageSize=10", document.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/alliances?sort=founded&pageSize=10&page=3", document.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        var (_, first) = await app.GetPageAsync("/alliances?sort=founded&pageSize=10");
        var firstNames = first.QuerySelectorAll("table tbody th a").Select(a => a.TextContent).ToList();
        Assert.DoesNotContain(document.QuerySelectorAll("table tbody th a").Select(a => a.TextContent), firstNames.Contains);
    }

    [Fact]
    public async Task The_corpus_comes_a_hundred_a_page_and_a_page_that_holds_it_all_shows_no_pager()
    {
        var (_, first) = await app.GetPageAsync("/alliances");
        var (_, whole) = await app.GetPageAsync("/alliances?pageSize=500");

        Assert.Equal(100, first.QuerySelectorAll("table tbody tr").Length);
        Assert.NotNull(first.QuerySelector("nav.pager a[rel=next]"));
        Assert.Null(whole.QuerySelector("nav.pager"));
        Assert.True(whole.QuerySelectorAll("table tbody tr").Length > 100);
    }

    [Theory]
    [InlineData("/alliances?page=0", "Page 0 does not exist")]
    [InlineData("/alliances?pageSize=10&page=99", "There is no page 99")]
    [InlineData("/alliances?pageSize=100000", "A page holds from 1 to 500 entries")]
    public async Task A_page_that_cannot_be_shown_is_explained_and_a_real_page_shown_instead(string path, string message)
    {
        var (response, document) = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(document.QuerySelectorAll(".notice"), notice => notice.TextContent.Contains(message, StringComparison.Ordinal));
        Assert.NotEmpty(document.QuerySelectorAll("table tbody tr"));
    }

    [Fact]
    public async Task The_api_pages_its_list_and_says_where_the_rest_is_in_its_headers()
    {
        using var client = app.CreateReader();

        var response = await client.GetAsync(new Uri("/api/alliances?pageSize=5&page=2", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var total = int.Parse(response.Headers.GetValues("X-Total-Count").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total >= 30);
        var link = response.Headers.GetValues("Link").Single();
        Assert.Contains("</api/alliances?pageSize=5&page=3>; rel=\"next\"", link, StringComparison.Ordinal);
        Assert.Contains("</api/alliances?pageSize=5>; rel=\"prev\"", link, StringComparison.Ordinal);
        Assert.Contains("rel=\"license\"", link, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(5, json.RootElement.GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri("/api/alliances?page=0", UriKind.Relative))).StatusCode);
    }
}
