using System.Net;
using System.Xml.Linq;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Feeds;

public sealed class FeedTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    [Fact]
    public async Task Robots_txt_keeps_crawlers_out_of_the_admin_area_and_names_the_sitemap()
    {
        using var client = app.CreateReader();
        var robots = await client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Contains("Disallow: /admin", robots, StringComparison.Ordinal);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_parses_and_lists_every_published_page_and_no_draft()
    {
        using var client = app.CreateReader();
        var response = await client.GetAsync(new Uri("/sitemap.xml", UriKind.Relative));

        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        Assert.Contains("http://localhost/alliances/test-pact", locations);
        Assert.Contains("http://localhost/topics/test-topic", locations);
        Assert.Contains("http://localhost/countries/suhh", locations);
        Assert.DoesNotContain(locations, l => l.Contains("/admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_atom_feed_parses_and_lists_saved_revisions_with_permanent_links()
    {
        await EditorAccounts.CreateAsync(app, "feed@example.org", "Editor");
        using var editor = await EditorAccounts.SignedInClientAsync(app, "feed@example.org");
        var (_, list) = await EditorAccounts.GetAsync(editor, "/admin/alliances");
        var edit = list.QuerySelector("a[href$='/edit']")!.GetAttribute("href")!;
        var (_, page) = await EditorAccounts.GetAsync(editor, edit);
        await BrowserlessForm.From(page, edit, button: "Save").Set("EditSummary", "Checked the dates").SubmitAsync(editor);

        using var client = app.CreateReader();
        var response = await client.GetAsync(new Uri("/feed.atom", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = Assert.Single(feed.Root!.Elements(atom + "entry"));
        Assert.Equal("Checked the dates", entry.Element(atom + "summary")!.Value);
        Assert.Matches(@"^http://localhost/alliances/test-pact\?rev=\d+$", entry.Element(atom + "id")!.Value);
    }
}
