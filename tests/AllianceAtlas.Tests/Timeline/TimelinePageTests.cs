using System.Net;
using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Pages.Timeline;

namespace AllianceAtlas.Tests.Timeline;

public sealed class TimelinePageTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    [Fact]
    public async Task The_timeline_opens_on_a_few_decades_in_order_with_links_to_later_ones()
    {
        var (response, document) = await app.GetPageAsync("/timeline");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dates = document.QuerySelectorAll(".timeline__item time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.InRange(dates.Count, TimelineWindow.MinimumEntries, 120);
        Assert.Equal(dates.Order(StringComparer.Ordinal).ToList(), dates);
        Assert.Null(document.QuerySelector("nav.pager a[rel=prev]"));
        var later = System.Net.WebUtility.HtmlDecode(document.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!);
        Assert.Matches(@"^/timeline\?year=\d{3}0$", later);
    }

    [Fact]
    public async Task Following_earlier_and_later_links_reads_every_entry_once_in_order()
    {
        var seen = new List<string>();
        var dates = new List<string>();
        string? path = "/timeline";
        var pages = 0;
        while (path is not null && pages++ < 100)
        {
            var (_, document) = await app.GetPageAsync(path);
            seen.AddRange(document.QuerySelectorAll(".timeline__item").Select(item => item.Id!));
            dates.AddRange(document.QuerySelectorAll(".timeline__item time").Select(t => t.GetAttribute("datetime")!));
            path = document.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href") is { } next ? System.Net.WebUtility.HtmlDecode(next) : null;
            if (path is not null)
            {
                var (_, following) = await app.GetPageAsync(path);
                var back = following.QuerySelector("nav.pager a[rel=prev]")?.GetAttribute("href");
                Assert.NotNull(back);
            }
        }

        Assert.True(pages > 3, $"{pages} pages");
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        using var db = app.CreateDbContext();
        var everything = await TimelineQuery.RunAllAsync(db, new TimelineFilter(), CancellationToken.None);
        Assert.Equal(everything.Count, seen.Count);
    }

    [Fact]
    public async Task The_year_jump_opens_that_years_decade_and_works_without_script()
    {
        var (_, document) = await app.GetPageAsync("/timeline?kind=accession&year=1962");

        var form = document.QuerySelector("form[aria-label='Go to a year']")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=year][type=number]"));
        Assert.Equal("accession", form.QuerySelector("input[type=hidden][name=kind]")!.GetAttribute("value"));
        var years = document.QuerySelectorAll(".timeline__item time").Select(t => int.Parse(t.GetAttribute("datetime")![..4], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(years);
        Assert.All(years, year => Assert.True(year >= 1960, $"{year} is before the 1960s"));
        Assert.Contains(years, year => year < 1970);
    }

    [Fact]
    public async Task A_teachers_link_to_a_span_of_years_still_shows_the_whole_span()
    {
        var (_, document) = await app.GetPageAsync("/timeline?from=1945&to=1955");

        var years = document.QuerySelectorAll(".timeline__item time").Select(t => int.Parse(t.GetAttribute("datetime")![..4], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains(years, year => year < 1950);
        Assert.Contains(years, year => year >= 1950);
        Assert.All(years, year => Assert.InRange(year, 1945, 1955));
    }

    [Fact]
    public async Task A_reversed_from_and_to_says_so_and_shows_the_years_between()
    {
        var (_, document) = await app.GetPageAsync("/timeline?from=1955&to=1945");

        Assert.Contains("“From” 1955 is later than “to” 1945", document.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(document.QuerySelectorAll(".timeline__item"));
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
        var (_, all) = await app.GetPageAsync("/timeline?from=1949&to=1955");
        var (_, nato) = await app.GetPageAsync("/timeline?alliance=nato&from=1949&to=1955");

        var natoItems = nato.QuerySelectorAll(".timeline__item");
        Assert.NotEmpty(natoItems);
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
