using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AllianceAtlas.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Tests.Events;

public sealed class EventPageTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    [Fact]
    public async Task An_event_page_shows_its_date_kind_alliances_essay_sources_neighbours_and_citation()
    {
        var (response, document) = await app.GetPageAsync("/events/atlantic-charter");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("The Atlantic Charter", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("1941-08-14", document.QuerySelector("main time")!.GetAttribute("datetime"));
        Assert.Contains("Declaration", document.QuerySelector(".timeline__date")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Placentia Bay", document.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector(".infobox a[href='/alliances/united-nations']"));
        Assert.Contains("A New Deal for the World", document.QuerySelector(".sources")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("a[rel=prev]"));
        Assert.NotNull(document.QuerySelector("a[rel=next]"));
        Assert.Contains("/events/atlantic-charter", document.QuerySelector(".cite")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_event_has_a_page_and_a_turning_point_redirects_to_its_essay()
    {
        await using var db = app.CreateDbContext();
        var events = await db.Events.Select(e => new { e.Slug, e.IsTurningPoint }).ToListAsync();
        using var client = app.CreateClientWithoutRedirects(cookies: false);

        foreach (var item in events)
        {
            var response = await client.GetAsync(new Uri("/events/" + item.Slug, UriKind.Relative));
            if (item.IsTurningPoint)
            {
                Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
                Assert.Equal("/turning-points/" + item.Slug, response.Headers.Location!.OriginalString);
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"/events/{item.Slug} answered {response.StatusCode}");
            }
        }
    }

    [Fact]
    public async Task An_ordinary_event_asked_for_as_a_turning_point_is_sent_to_its_page()
    {
        using var client = app.CreateClientWithoutRedirects(cookies: false);

        var response = await client.GetAsync(new Uri("/turning-points/atlantic-charter", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/events/atlantic-charter", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_event_is_not_found()
    {
        var (response, _) = await app.GetPageAsync("/events/no-such-moment");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_timeline_the_alliance_page_and_search_link_an_event_to_its_page()
    {
        var (_, timeline) = await app.GetPageAsync("/timeline?year=1941");
        var (_, alliance) = await app.GetPageAsync("/alliances/united-nations");
        var (_, search) = await app.GetPageAsync("/search?q=Placentia");

        Assert.NotNull(timeline.QuerySelector("#atlantic-charter h3 a[href='/events/atlantic-charter']"));
        Assert.NotNull(alliance.QuerySelector("a[href='/events/atlantic-charter']"));
        Assert.NotNull(search.QuerySelector("main a[href='/events/atlantic-charter']"));
    }

    [Fact]
    public async Task Every_typed_event_title_on_the_timeline_is_a_link()
    {
        var (_, timeline) = await app.GetPageAsync("/timeline?year=1990");

        var titles = timeline.QuerySelectorAll(".timeline__item h3").ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, title => Assert.NotNull(title.QuerySelector("a[href]")));
    }

    [Fact]
    public async Task The_sitemap_and_the_api_give_each_event_its_page()
    {
        using var client = app.CreateReader();
        var sitemap = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value).ToList();
        var list = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/events?from=1941&to=1941", UriKind.Relative))).RootElement;
        var one = await client.GetAsync(new Uri("/api/events/atlantic-charter", UriKind.Relative));
        var missing = await client.GetAsync(new Uri("/api/events/no-such-moment", UriKind.Relative));

        Assert.Contains("http://localhost/events/atlantic-charter", locations);
        Assert.Contains("http://localhost/turning-points/berlin-wall-falls", locations);
        Assert.DoesNotContain("http://localhost/events/berlin-wall-falls", locations);
        var charter = list.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "atlantic-charter");
        Assert.Equal("/events/atlantic-charter", charter.GetProperty("url").GetString());
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        var detail = JsonDocument.Parse(await one.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("/events/atlantic-charter", detail.GetProperty("url").GetString());
        Assert.Contains("Placentia Bay", detail.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.NotEmpty(detail.GetProperty("sources").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
