using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Pages.Timeline;

namespace AllianceAtlas.Tests.Timeline;

/// <summary>Pages far smaller than a day's entries (seven states joined NATO on one day) still move forward.</summary>
public sealed class TimelineQueryPagingTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    [Fact]
    public async Task Pages_of_one_entry_walk_the_whole_timeline_even_where_one_day_holds_many()
    {
        using var db = app.CreateDbContext();
        var everything = await TimelineQuery.RunAllAsync(db, new TimelineFilter(), CancellationToken.None);
        var seen = new List<string>();
        var filter = new TimelineFilter();
        for (var pages = 0; pages <= everything.Count; pages++)
        {
            var page = await TimelineQuery.RunAsync(db, filter, limit: 1, CancellationToken.None);
            Assert.NotEmpty(page.Entries);
            seen.AddRange(page.Entries.Select(e => e.Anchor));
            if (page.NextStart is not { } next)
            {
                break;
            }

            Assert.True(next > page.Entries[^1].Date, "the next page must start after this one");
            filter.Start = next;
        }

        Assert.Equal(everything.Select(e => e.Anchor), seen);
    }
}
