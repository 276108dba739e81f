using System.Text.Json;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Shared;

public sealed class SharingTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    [Theory]
    [InlineData("/alliances/test-pact", "Test Pact")]
    [InlineData("/topics/test-topic", "Testing alliances")]
    [InlineData("/countries/fr", "France")]
    public async Task Content_pages_carry_open_graph_tags_json_ld_and_citations(string path, string title)
    {
        var (_, page) = await app.GetPageAsync(path);

        Assert.Equal(title, page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("http://localhost" + path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("https://schema.org", jsonLd.RootElement.GetProperty("@context").GetString());
        Assert.Equal(title, jsonLd.RootElement.GetProperty("name").GetString());
        var citations = page.QuerySelectorAll("cite.citation").Select(c => c.TextContent).ToList();
        Assert.Equal(3, citations.Count);
        Assert.All(citations, c => Assert.Contains("http://localhost" + path, c, StringComparison.Ordinal));
        Assert.Contains(DateTime.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), citations[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_an_editor_saves_the_citation_points_at_the_revision_read()
    {
        await EditorAccounts.CreateAsync(app, "cite@example.org", "Editor");
        using var editor = await EditorAccounts.SignedInClientAsync(app, "cite@example.org");
        var (_, list) = await EditorAccounts.GetAsync(editor, "/admin/topics");
        var edit = list.QuerySelector("a[href$='/edit']")!.GetAttribute("href")!;
        var (_, form) = await EditorAccounts.GetAsync(editor, edit);
        await BrowserlessForm.From(form, edit, button: "Save").Set("EditSummary", "For citing").SubmitAsync(editor);

        var (_, page) = await app.GetPageAsync("/topics/test-topic");

        Assert.Matches(@"http://localhost/topics/test-topic\?rev=\d+", page.QuerySelector("cite.citation[data-style=mla]")!.TextContent);
    }
}
