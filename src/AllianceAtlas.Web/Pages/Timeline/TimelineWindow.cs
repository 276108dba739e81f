using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Timeline;

/// <summary>
/// The stretch of the timeline one page shows. The whole timeline is hundreds of entries, so it opens a few decades
/// at a time (whole decades, at least <see cref="MinimumEntries"/> entries where the record allows) with links to the
/// decades before and after; a narrow filter (an alliance, a topic, a kind, or a span of years a teacher chose) is
/// short enough to show whole, as it always was.
/// </summary>
public sealed record TimelineWindow(int FirstDecade, int LastDecade, int? EarlierDecade, int? LaterDecade)
{
    /// <summary>A span of years up to this long is shown whole: it is what a teacher's from/to link asked for.</summary>
    public const int WholeSpanYears = 20;

    /// <summary>Sparse decades (the nineteenth century) are shown together until a window holds about this many entries.</summary>
    public const int MinimumEntries = 30;

    /// <summary>The timeline's address that opens on the decade of <paramref name="year"/>.</summary>
    public static string AroundYear(int year) =>
        "/timeline?year=" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string Label => FirstDecade == LastDecade
        ? $"the {FirstDecade}s"
        : $"the {FirstDecade}s to the {LastDecade}s";

    public static bool IsWindowed(TimelineFilter filter, int? year) =>
        year is not null ||
        (filter.Alliance is null && filter.Topic is null && filter.Kind is null &&
         !(filter.From is { } from && filter.To is { } to && to - from < WholeSpanYears));

    /// <summary>
    /// The decades to show, from the asked year's (else the first entry's) on, and the nearest decades before and after
    /// that hold entries; null when the filter matches nothing at all.
    /// </summary>
    public static async Task<TimelineWindow?> FindAsync(AtlasDbContext db, TimelineFilter filter, int? year, CancellationToken cancellationToken)
    {
        if (await FirstDateAsync(db, filter, from: null, cancellationToken) is not { } first)
        {
            return null;
        }

        var firstDecade = Math.Max(DecadeOf(year ?? filter.Start?.Year ?? first.Year), DecadeOf(first.Year));

        // Read on until the window holds enough entries; the window then ends with the decade the last of them is in.
        var ahead = await TimelineQuery.RunAsync(db, Within(filter, firstDecade, filter.To ?? 9999), MinimumEntries, cancellationToken);
        var enough = ahead.Entries.Take(MinimumEntries).LastOrDefault();
        var lastDecade = enough is null ? firstDecade : Math.Max(firstDecade, DecadeOf(enough.Date.Year));
        var later = lastDecade + 10 > 9999 ? null : await FirstDateAsync(db, filter, new DateOnly(lastDecade + 10, 1, 1), cancellationToken);

        // Going back, decades are gathered the same way, so "earlier" opens a window about as full as this one.
        int? earlier = null;
        var gathered = 0;
        for (var decade = firstDecade - 10; decade >= DecadeOf(first.Year) && gathered < MinimumEntries; decade -= 10)
        {
            var count = (await TimelineQuery.RunAsync(db, Within(filter, decade, decade + 9), TimelineQuery.PageSize, cancellationToken)).Entries.Count;
            if (count > 0)
            {
                earlier = decade;
                gathered += count;
            }
        }

        return new TimelineWindow(firstDecade, lastDecade, earlier, later is { } next ? DecadeOf(next.Year) : null);
    }

    /// <summary>The filter narrowed to this window (and the start day of a later page within it, if any).</summary>
    public TimelineFilter Narrow(TimelineFilter filter)
    {
        var narrowed = Within(filter, FirstDecade, LastDecade + 9);
        if (filter.Start is { } start && start.Year >= FirstDecade && start.Year <= LastDecade + 9)
        {
            narrowed.Start = start;
        }

        return narrowed;
    }

    /// <summary>The filter's own years still apply: StartDate takes the later of "from" and the decade's first day.</summary>
    private static TimelineFilter Within(TimelineFilter filter, int firstDecade, int lastYear)
    {
        var within = Choices(filter);
        within.To = Math.Min(filter.To ?? 9999, Math.Min(lastYear, 9999));
        within.Start = new DateOnly(Math.Max(firstDecade, 1), 1, 1);
        return within;
    }

    /// <summary>What the reader chose to see (every filter but the place in the list), for a window to narrow.</summary>
    private static TimelineFilter Choices(TimelineFilter filter) => new()
    {
        Alliance = filter.Alliance, Kind = filter.Kind, Topic = filter.Topic, Obligation = filter.Obligation,
        From = filter.From, To = filter.To,
    };

    private static async Task<DateOnly?> FirstDateAsync(AtlasDbContext db, TimelineFilter filter, DateOnly? from, CancellationToken cancellationToken)
    {
        var after = Choices(filter);
        after.Start = from;
        var page = await TimelineQuery.RunAsync(db, after, limit: 1, cancellationToken);
        return page.Entries.Count > 0 ? page.Entries[0].Date : null;
    }

    private static int DecadeOf(int year) => year / 10 * 10;
}
