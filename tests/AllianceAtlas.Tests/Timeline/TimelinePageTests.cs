using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Timeline;

public sealed class TimelinePageTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    [Fact]
    public async Task The_timeline_lists_events_in_order_with_decade_links()
    {
        var (response, document) = await app.GetPageAsync("/timeline");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dates = document.QuerySelectorAll(".timeline__item time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.True(dates.Count >= 50, $"{dates.Count} entries");
        Assert.Equal(dates.Order(StringComparer.Ordinal).ToList(), dates);
        Assert.NotNull(document.QuerySelector("a[href='#decade-1940']"));
        Assert.NotNull(document.QuerySelector("section#decade-1940"));
        Assert.NotEmpty(document.QuerySelectorAll(".timeline__item--turning"));
    }

    [Fact]
    public async Task Accessions_are_derived_from_membership_rows()
    {
        var (_, document) = await app.GetPageAsync("/timeline?alliance=nato&kind=accession");

        var titles = document.QuerySelectorAll(".timeline__item h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("Finland joins NATO", titles);
        Assert.Contains(titles, t => t.StartsWith("Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia join NATO", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_membership_change_told_by_its_own_essay_appears_once()
    {
        var (_, document) = await app.GetPageAsync("/timeline?alliance=nato");

        var finland = document.QuerySelectorAll(".timeline__item h3").Where(h => h.TextContent.Trim() == "Finland joins NATO").ToList();
        var entry = Assert.Single(finland);
        Assert.Equal("/turning-points/finland-joins-nato", entry.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Filtering_by_alliance_keeps_only_that_alliances_entries()
    {
        var (_, all) = await app.GetPageAsync("/timeline");
        var (_, nato) = await app.GetPageAsync("/timeline?alliance=nato");

        var natoItems = nato.QuerySelectorAll(".timeline__item");
        Assert.True(natoItems.Length < all.QuerySelectorAll(".timeline__item").Length);
        Assert.All(natoItems, item => Assert.NotNull(item.QuerySelector("a[href='/alliances/nato']")));
        Assert.Equal("nato", nato.QuerySelector("select[name=alliance] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Filtering_by_kind_and_years_makes_a_shareable_narrow_view()
    {
        var (_, document) = await app.GetPageAsync("/timeline?kind=turning-point&from=1989&to=1991");

        var dates = document.QuerySelectorAll(".timeline__item time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.InRange(int.Parse(d[..4], System.Globalization.CultureInfo.InvariantCulture), 1989, 1991));
        Assert.All(document.QuerySelectorAll(".timeline__item"), item => Assert.Contains("timeline__item--turning", item.ClassName, StringComparison.Ordinal));
        Assert.NotNull(document.QuerySelector("a[href='/turning-points/berlin-wall-falls']"));
    }

    [Fact]
    public async Task Filtering_by_topic_shows_the_events_linked_to_it()
    {
        var (_, document) = await app.GetPageAsync("/timeline?topic=nato-case-study");

        Assert.NotEmpty(document.QuerySelectorAll(".timeline__item"));
        Assert.Equal("nato-case-study", document.QuerySelector("select[name=topic] option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Bad_filters_are_explained_and_never_a_server_error()
    {
        var (response, document) = await app.GetPageAsync("/timeline?from=abc&to=99999&alliance=nope&kind=party");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = document.Body!.TextContent;
        Assert.Contains("There is no alliance called “nope”", text, StringComparison.Ordinal);
        Assert.Contains("“party” is not a kind of event", text, StringComparison.Ordinal);
        Assert.Contains("99999 is not a year", text, StringComparison.Ordinal);
        Assert.Contains("A year must be a whole number", text, StringComparison.Ordinal);
    }
}
