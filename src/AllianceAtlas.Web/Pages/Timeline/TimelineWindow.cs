using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Timeline;

/// <summary>
/// The stretch of the timeline one page shows. The whole timeline is hundreds of entries, so it opens one decade at a
/// time with links to the decades before and after; a narrow filter (an alliance, a topic, a kind, or a span of
/// years a teacher chose) is short enough to show whole, as it always was.
/// </summary>
public sealed record TimelineWindow(int Decade, int? EarlierDecade, int? LaterDecade)
{
    /// <summary>A span of years up to this long is shown whole: it is what a teacher's from/to link asked for.</summary>
    public const int WholeSpanYears = 20;

    /// <summary>The timeline's address that opens on the decade of <paramref name="year"/>.</summary>
    public static string AroundYear(int year) =>
        "/timeline?year=" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public int LastYear => Decade + 9;

    public static bool IsWindowed(TimelineFilter filter, int? year) =>
        year is not null ||
        (filter.Alliance is null && filter.Topic is null && filter.Kind is null &&
         !(filter.From is { } from && filter.To is { } to && to - from < WholeSpanYears));

    /// <summary>
    /// The decade to show: the asked year's, else the decade of the first entry the filter matches (null when none does),
    /// and the nearest decades before and after it that hold entries.
    /// </summary>
    public static async Task<TimelineWindow?> FindAsync(AtlasDbContext db, TimelineFilter filter, int? year, CancellationToken cancellationToken)
    {
        var first = await FirstDateAsync(db, filter, from: null, cancellationToken);
        if (first is null)
        {
            return null;
        }

        var decade = DecadeOf(year ?? filter.Start?.Year ?? first.Value.Year);
        var later = await FirstDateAsync(db, filter, from: new DateOnly(Math.Min(decade + 10, 9999), 1, 1), cancellationToken);

        // Searching back decade by decade stops at the first entry, so it costs at most one query a decade.
        int? earlier = null;
        for (var candidate = decade - 10; candidate >= DecadeOf(first.Value.Year); candidate -= 10)
        {
            var within = Within(filter, candidate);
            if ((await TimelineQuery.RunAsync(db, within, limit: 1, cancellationToken)).Entries.Count > 0)
            {
                earlier = candidate;
                break;
            }
        }

        return new TimelineWindow(decade,
            earlier,
            later is { } next && decade + 10 <= 9999 && (filter.ToDate is null || next <= filter.ToDate) ? DecadeOf(next.Year) : null);
    }

    /// <summary>The filter narrowed to one decade (and the start day of a later page within it, if any).</summary>
    public TimelineFilter Narrow(TimelineFilter filter)
    {
        var narrowed = Within(filter, Decade);
        if (filter.Start is { } start && start.Year >= Decade && start.Year <= LastYear)
        {
            narrowed.Start = start;
        }

        return narrowed;
    }

    /// <summary>The filter's own years still apply: StartDate takes the later of "from" and the decade's first day.</summary>
    private static TimelineFilter Within(TimelineFilter filter, int decade) => new()
    {
        Alliance = filter.Alliance,
        Kind = filter.Kind,
        Topic = filter.Topic,
        From = filter.From,
        To = Math.Min(filter.To ?? int.MaxValue, decade + 9),
        Start = new DateOnly(Math.Max(decade, 1), 1, 1),
    };

    private static async Task<DateOnly?> FirstDateAsync(AtlasDbContext db, TimelineFilter filter, DateOnly? from, CancellationToken cancellationToken)
    {
        var after = new TimelineFilter
        {
            Alliance = filter.Alliance, Kind = filter.Kind, Topic = filter.Topic, From = filter.From, To = filter.To,
            Start = from,
        };
        var page = await TimelineQuery.RunAsync(db, after, limit: 1, cancellationToken);
        return page.Entries.Count > 0 ? page.Entries[0].Date : null;
    }

    private static int DecadeOf(int year) => year / 10 * 10;
}
