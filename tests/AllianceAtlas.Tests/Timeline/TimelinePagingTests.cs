using System.Net;
using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Pages.Timeline;

namespace AllianceAtlas.Tests.Timeline;

/// <summary>A timeline too long for one page comes in pages that never split a day and never repeat an entry.</summary>
public sealed class TimelinePagingTests(SyntheticCorpusApp app) : IClassFixture<SyntheticCorpusApp>
{
    [Fact]
    public async Task Following_the_later_entries_links_reads_the_whole_timeline_once_in_order()
    {
        var seen = new List<string>();
        var dates = new List<string>();
        var path = "/timeline";
        var pages = 0;
        while (path is not null && pages++ < 50)
        {
            var (response, document) = await app.GetPageAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            seen.AddRange(document.QuerySelectorAll(".timeline__item").Select(item => item.Id!));
            dates.AddRange(document.QuerySelectorAll(".timeline__item time").Select(t => t.GetAttribute("datetime")!));
            var next = document.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");
            if (next is not null && next.Contains("start=", StringComparison.Ordinal))
            {
                var start = next[(next.IndexOf("start=", StringComparison.Ordinal) + 6)..];
                Assert.All(document.QuerySelectorAll(".timeline__item time"), t =>
                    Assert.True(string.CompareOrdinal(t.GetAttribute("datetime"), start) < 0, $"{t.GetAttribute("datetime")} is not before {start}"));
            }

            path = next is null ? null! : System.Net.WebUtility.HtmlDecode(next);
        }

        Assert.True(pages > 1, $"{SyntheticCorpusApp.SyntheticAlliances} synthetic alliances should need more than one page");
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        using var db = app.CreateDbContext();
        var everything = await TimelineQuery.RunAllAsync(db, new TimelineFilter(), CancellationToken.None);
        Assert.Equal(everything.Select(e => e.Anchor).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_later_page_keeps_the_filters_and_offers_the_way_back()
    {
        var (_, document) = await app.GetPageAsync("/timeline?kind=founding");
        var next = System.Net.WebUtility.HtmlDecode(document.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!);
        Assert.StartsWith("/timeline?kind=founding&start=", next, StringComparison.Ordinal);

        var (_, later) = await app.GetPageAsync(next);

        Assert.All(later.QuerySelectorAll(".timeline__item"), item => Assert.StartsWith("founding-", item.Id, StringComparison.Ordinal));
        Assert.Equal("/timeline?kind=founding", later.QuerySelector("a[href^='/timeline?kind=founding']:not([rel])")!.GetAttribute("href"));
    }
}
