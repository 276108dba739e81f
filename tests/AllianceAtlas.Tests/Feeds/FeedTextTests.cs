using System.Net;
using System.Xml.Linq;
using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Tests.Feeds;

public sealed class FeedTextTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    [Fact]
    public async Task The_feed_stays_well_formed_when_a_stored_title_holds_characters_xml_cannot()
    {
        await using (var db = app.CreateDbContext())
        {
            db.Revisions.Add(new Revision
            {
                EntryType = "alliances", EntryKey = "999999", Slug = "test-pact", Title = "Vertical\u000btab and \u0001 and \uFFFE",
                Number = 1, SavedAtUtc = DateTime.UtcNow, Editor = "someone@example.org", Summary = "Saved\u0008 before the rule",
                IsPublished = true, Snapshot = "{}",
            });
            await db.SaveChangesAsync();
        }

        using var client = app.CreateReader();
        var response = await client.GetAsync(new Uri("/feed.atom", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(atom + "entry").First();
        Assert.StartsWith("Vertical", entry.Element(atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains("tab and", entry.Element(atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains("before the rule", entry.Element(atom + "summary")!.Value, StringComparison.Ordinal);
    }
}
