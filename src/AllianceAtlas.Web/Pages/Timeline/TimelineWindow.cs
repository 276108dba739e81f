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
        // Where the timeline starts: found by the window's own read when the window opens there.
        var opensAtStart = year is null && filter.Start is null;
        DateOnly first;
        if (opensAtStart)
        {
            first = DateOnly.MinValue;
        }
        else if (await FirstDateAsync(db, filter, from: null, cancellationToken) is { } found)
        {
            first = found;
        }
        else
        {
            return null;
        }

        var firstDecade = opensAtStart ? 1 : Math.Max(DecadeOf(year ?? filter.Start?.Year ?? first.Year), DecadeOf(first.Year));

        // One read from the window's start: a whole page, so that it is also the page shown, and usually reaches past
        // the window to the first entry of the decades after it.
        var read = await TimelineQuery.RunAsync(db, Within(filter, firstDecade, filter.To ?? 9999), TimelineQuery.PageSize, cancellationToken);
        if (read.Entries.Count == 0)
        {
            return null;
        }

        if (opensAtStart)
        {
            first = read.Entries[0].Date;
            firstDecade = DecadeOf(first.Year);
        }

        // The window ends with the decade in which it holds enough entries.
        var enough = read.Entries.Take(MinimumEntries).Last();
        var lastDecade = Math.Max(firstDecade, DecadeOf(enough.Date.Year));
        var after = new DateOnly(Math.Min(lastDecade + 10, 9999), 1, 1);
        var later = read.Entries.FirstOrDefault(e => e.Date >= after)?.Date
            ?? (read.NextStart is null || lastDecade + 10 > 9999 ? null : await FirstDateAsync(db, filter, after, cancellationToken));

        // The page shown is the read cut at the window's end, unless the reader asked for a later page within it.
        var shown = read.Entries.Where(e => e.Date < after).ToList();
        TimelinePage? firstPage = filter.Start is null
            ? new TimelinePage(shown, read.NextStart is { } next && next < after ? next : null)
            : null;

        return new TimelineWindow(firstDecade, lastDecade, await EarlierAsync(db, filter, firstDecade, DecadeOf(first.Year), cancellationToken),
            later is { } laterDate ? DecadeOf(laterDate.Year) : null) { FirstPage = firstPage };
    }

    /// <summary>The window's first page, read while finding the window; null when the reader asked for a later page.</summary>
    public TimelinePage? FirstPage { get; init; }

    /// <summary>
    /// Where "earlier" opens: going back from the window, decades are gathered until they hold about as many entries as
    /// a window, so the earlier window is about as full as this one. The years before the window are read in spans
    /// that grow threefold (10, 30, 90 years …), so a dense stretch costs one read and a sparse one a handful, never
    /// one read a decade.
    /// </summary>
    private static async Task<int?> EarlierAsync(
        AtlasDbContext db, TimelineFilter filter, int firstDecade, int decadeOfFirstEntry, CancellationToken cancellationToken)
    {
        int? earlier = null;
        var gathered = 0;
        for (var (end, span) = (firstDecade - 1, 10); gathered < MinimumEntries && end >= decadeOfFirstEntry; span *= 3)
        {
            var start = Math.Max(end - span + 1, decadeOfFirstEntry);
            var read = await TimelineQuery.RunAsync(db, Within(filter, start, end), limit: null, cancellationToken);
            foreach (var decade in read.Entries.GroupBy(e => DecadeOf(e.Date.Year)).OrderByDescending(g => g.Key))
            {
                if (gathered >= MinimumEntries)
                {
                    break;
                }

                (earlier, gathered) = (decade.Key, gathered + decade.Count());
            }

            end = start - 1;
        }

        return earlier;
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

    /// <remarks>
    /// Read a window's worth, not one entry: a source stops only between days, so reading one entry reads again and
    /// again, twice as many each time, past a day of many accessions (a founding day).
    /// </remarks>
    private static async Task<DateOnly?> FirstDateAsync(AtlasDbContext db, TimelineFilter filter, DateOnly? from, CancellationToken cancellationToken)
    {
        var after = Choices(filter);
        after.Start = from;
        var page = await TimelineQuery.RunAsync(db, after, MinimumEntries, cancellationToken);
        return page.Entries.Count > 0 ? page.Entries[0].Date : null;
    }

    private static int DecadeOf(int year) => year / 10 * 10;
}
