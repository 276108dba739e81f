using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Search;

public sealed class SearchPageTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    [Fact]
    public async Task A_word_finds_entries_grouped_by_kind_with_title_matches_first_and_words_marked()
    {
        var (response, page) = await app.GetPageAsync("/search?q=pact");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headings = page.QuerySelectorAll("main section h2").Select(h => h.TextContent).ToList();
        Assert.Equal("Alliances and organisations", headings[0]);
        Assert.Contains("Topics", headings);
        Assert.Equal("/alliances/test-pact", page.QuerySelector("main section a")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll("mark"), mark => mark.TextContent.Equals("pact", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Snippets_show_the_words_readers_see_not_the_markdown_behind_them()
    {
        var (_, page) = await app.GetPageAsync("/search?q=paris");

        var snippet = page.QuerySelector("main section li p")!.TextContent;
        Assert.Contains("Origins The pact was agreed in Paris", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("](", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("#", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_word_found_only_in_a_link_address_matches_nothing()
    {
        // "/countries/fr" is the address of the pact's one link; the word "countries" appears nowhere else.
        var (_, page) = await app.GetPageAsync("/search?q=countries");

        Assert.Contains("Nothing matches", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_start_of_a_word_is_enough()
    {
        var (_, page) = await app.GetPageAsync("/search?q=summ");

        Assert.NotNull(page.QuerySelector("a[href='/events/test-summit'], a[href='/turning-points/test-summit']"));
    }

    [Theory]
    [InlineData("\"unbalanced AND (NEAR", "Nothing matches")]
    [InlineData("pact OR ) * ^ NOT:", "match")]
    [InlineData("", "Type one or more words")]
    [InlineData("?!*()\"", "Type one or more words")]
    public async Task Queries_with_search_syntax_or_no_words_get_a_helpful_page_not_an_error(string query, string expected)
    {
        var (response, page) = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_very_long_query_is_explained()
    {
        var (response, page) = await app.GetPageAsync("/search?q=" + new string('a', 500));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("500 characters long", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_follows_editors_saves_and_never_shows_drafts()
    {
        await EditorAccounts.CreateAsync(app, "search@example.org", "Editor");
        using var editor = await EditorAccounts.SignedInClientAsync(app, "search@example.org");
        var (_, form) = await EditorAccounts.GetAsync(editor, "/admin/alliances/new");
        var created = await BrowserlessForm.From(form, "/admin/alliances/new", button: "Save")
            .Set("Form.Name", "Zanzibar Accord").Set("Form.Slug", "zanzibar-accord").Set("Form.Founded", "1970")
            .Set("Form.Summary", "An accord <script>alert(1)</script> for searching.")
            .SubmitAsync(editor);
        var editPath = created.Headers.Location!.OriginalString;

        var (_, found) = await app.GetPageAsync("/search?q=zanzibar");
        Assert.NotNull(found.QuerySelector("a[href='/alliances/zanzibar-accord']"));
        Assert.Null(found.QuerySelector("main script"));

        var (_, edit) = await EditorAccounts.GetAsync(editor, editPath);
        await BrowserlessForm.From(edit, editPath, button: "Save").Uncheck("Form.IsPublished").Set("Form.IsPublished", "false").SubmitAsync(editor);
        var (_, hidden) = await app.GetPageAsync("/search?q=zanzibar");
        Assert.Null(hidden.QuerySelector("a[href='/alliances/zanzibar-accord']"));
    }

    [Fact]
    public async Task Many_matches_come_a_page_at_a_time_best_first_with_the_whole_count()
    {
        var (_, whole) = await app.GetPageAsync("/search?q=pact");
        var everyHit = Links(whole);
        Assert.True(everyHit.Count > 1, $"'pact' finds {everyHit.Count} entries");
        Assert.Null(whole.QuerySelector("nav.pager"));

        var (response, first) = await app.GetPageAsync("/search?q=pact&pageSize=1");
        var (_, second) = await app.GetPageAsync("/search?q=pact&pageSize=1&page=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([everyHit[0]], Links(first));
        Assert.Equal([everyHit[1]], Links(second));
        Assert.Contains($"{everyHit.Count} entries match", first.QuerySelector("main p[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=pact&pageSize=1&page=2", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/search?q=pact&pageSize=1", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Contains(second.QuerySelectorAll("mark"), mark => mark.TextContent.Equals("pact", StringComparison.OrdinalIgnoreCase));

        var (_, pastTheEnd) = await app.GetPageAsync("/search?q=pact&pageSize=1&page=999");
        Assert.Contains(pastTheEnd.QuerySelectorAll(".notice"), notice => notice.TextContent.Contains("There is no page 999", StringComparison.Ordinal));
        Assert.Equal([everyHit[^1]], Links(pastTheEnd));
    }

    private static List<string> Links(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("main section li a").Select(a => a.GetAttribute("href")!).ToList();
}
