using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Timeline;

/// <summary>
/// Builds the timeline from typed events plus what the records already say: an alliance's founding and
/// dissolution, and every accession and withdrawal in its member rows, so nothing is typed twice.
/// </summary>
public static class TimelineQuery
{
    /// <summary>Entries on one page of the timeline; a page never splits a day, so it may hold a few more.</summary>
    public const int PageSize = 500;

    /// <summary>The whole timeline at once, for the CSV download.</summary>
    public static async Task<List<TimelineEntry>> RunAllAsync(AtlasDbContext db, TimelineFilter filter, CancellationToken cancellationToken) =>
        (await RunAsync(db, filter, limit: null, cancellationToken)).Entries;

    /// <summary>
    /// One page: the first <paramref name="limit"/> entries from the filter's start. Each source is read in date order
    /// and only as far as the page needs, so a page costs the same however long the timeline is.
    /// </summary>
    public static async Task<TimelinePage> RunAsync(AtlasDbContext db, TimelineFilter filter, int? limit, CancellationToken cancellationToken)
    {
        var slices = new List<TimelineSlice> { await TypedEventsAsync(db, filter, limit, cancellationToken) };

        // Derived entries carry no topic and are never turning points.
        if (filter.Topic is null && !filter.TurningPointsOnly)
        {
            slices.Add(await FoundingsAsync(db, filter, limit, cancellationToken));
            slices.Add(await DissolutionsAsync(db, filter, limit, cancellationToken));
            slices.Add(await AccessionsAsync(db, filter, limit, cancellationToken));
            slices.Add(await WithdrawalsAsync(db, filter, limit, cancellationToken));
        }

        // Every source was read completely up to the earliest day at which one of them had to stop.
        var next = slices.Select(s => s.StoppedAt).Where(d => d is not null).Min();
        var entries = slices.SelectMany(s => s.Entries)
            .Where(e => next is not { } stop || e.Date < stop)
            // "April 2009" reads before "1 April 2009": on the same first day, the vaguer date comes first.
            .OrderBy(e => e.Date).ThenByDescending(e => e.Precision).ThenBy(e => e.Kind).ThenBy(e => e.Title, StringComparer.Ordinal)
            .ToList();
        return new TimelinePage(entries, next);
    }

    /// <summary>Reads rows in date order, one more than the page needs, to learn whether the source goes on.</summary>
    private static async Task<(List<T> Rows, DateOnly? StoppedAt)> ReadAsync<T>(
        IQueryable<T> ordered, Func<T, DateOnly> dateOf, int? limit, CancellationToken cancellationToken)
    {
        if (limit is not { } size)
        {
            return (await ordered.ToListAsync(cancellationToken), null);
        }

        while (true)
        {
            var rows = await ordered.Take(size + 1).ToListAsync(cancellationToken);
            if (rows.Count <= size)
            {
                return (rows, null);
            }

            // The rows of the last day read may be incomplete: that day starts the next page instead.
            var stop = dateOf(rows[size]);
            var whole = rows.Where(row => dateOf(row) < stop).ToList();
            if (whole.Count > 0)
            {
                return (whole, stop);
            }

            // One day holds more rows than a page: read further rather than offer the same page again.
            size *= 2;
        }
    }

    private static async Task<TimelineSlice> TypedEventsAsync(AtlasDbContext db, TimelineFilter filter, int? limit, CancellationToken cancellationToken)
    {
        var query = db.Events.AsNoTracking();
        if (filter.Alliance is { } alliance)
        {
            query = query.Where(e => e.Alliances.Any(a => a.Slug == alliance));
        }

        if (filter.Promise is { } promise)
        {
            query = query.Where(e => e.Alliances.Any(a => a.Obligations.Any(o => o.Type == promise)));
        }

        if (filter.Topic is { } topic)
        {
            query = query.Where(e => e.Topics.Any(t => t.Slug == topic));
        }

        if (filter.TurningPointsOnly)
        {
            query = query.Where(e => e.IsTurningPoint);
        }
        else if (filter.Kind is not null)
        {
            var kind = filter.EventKind;
            query = query.Where(e => e.Kind == kind);
        }

        if (filter.StartDate is { } from)
        {
            query = query.Where(e => e.Date >= from);
        }

        if (filter.ToDate is { } to)
        {
            query = query.Where(e => e.Date <= to);
        }

        var (events, stoppedAt) = await ReadAsync(query
            .OrderBy(e => e.Date)
            .Select(e => new
            {
                e.Slug, e.Date, e.DatePrecision, e.Kind, e.Title, e.Summary, e.IsTurningPoint,
                Alliances = e.Alliances.OrderBy(a => a.Name).Select(a => new { a.Slug, a.Name, a.ShortName }).ToList(),
                Countries = e.Countries.OrderBy(c => c.Name).Select(c => new { c.Code, c.Name }).ToList(),
            })
            .AsSplitQuery(), e => e.Date, limit, cancellationToken);

        return new TimelineSlice(events.Select(e => new TimelineEntry(
            e.Slug, e.Date, e.DatePrecision, e.Kind, e.Title, e.Summary, e.IsTurningPoint,
            Events.EventAddress.Of(e.Slug, e.IsTurningPoint),
            e.Alliances.Select(a => new EntryLink(a.ShortName ?? a.Name, $"/alliances/{a.Slug}")).ToList(),
            e.Countries.Select(c => new EntryLink(c.Name, $"/countries/{c.Code.ToLowerInvariant()}")).ToList())).ToList(), stoppedAt);
    }

    private static async Task<TimelineSlice> FoundingsAsync(AtlasDbContext db, TimelineFilter filter, int? limit, CancellationToken cancellationToken)
    {
        if (filter.Kind is not null && filter.EventKind != EventKind.Founding)
        {
            return TimelineSlice.Empty;
        }

        var query = db.Alliances.AsNoTracking()
            // An essay about the founding already tells it; the derived line would say it twice.
            .Where(a => !a.Events.Any(e => e.Kind == EventKind.Founding))
            .Where(a => filter.Alliance == null || a.Slug == filter.Alliance)
            .Where(a => filter.Promise == null || a.Obligations.Any(o => o.Type == filter.Promise));
        if (filter.StartDate is { } from)
        {
            query = query.Where(a => a.Founded >= from);
        }

        if (filter.ToDate is { } to)
        {
            query = query.Where(a => a.Founded <= to);
        }

        var (alliances, stoppedAt) = await ReadAsync(query.OrderBy(a => a.Founded)
            .Select(a => new { a.Slug, a.Name, a.ShortName, a.Summary, a.Founded, a.FoundedPrecision }), a => a.Founded, limit, cancellationToken);
        return new TimelineSlice(alliances.Select(a => new TimelineEntry($"founding-{a.Slug}", a.Founded, a.FoundedPrecision,
            EventKind.Founding, $"{a.Name} founded", a.Summary, false, $"/alliances/{a.Slug}",
            [new EntryLink(a.ShortName ?? a.Name, $"/alliances/{a.Slug}")], [])).ToList(), stoppedAt);
    }

    private static async Task<TimelineSlice> DissolutionsAsync(AtlasDbContext db, TimelineFilter filter, int? limit, CancellationToken cancellationToken)
    {
        if (filter.Kind is not null && filter.EventKind != EventKind.Dissolution)
        {
            return TimelineSlice.Empty;
        }

        var query = db.Alliances.AsNoTracking()
            .Where(a => a.Dissolved != null && !a.Events.Any(e => e.Kind == EventKind.Dissolution))
            .Where(a => filter.Alliance == null || a.Slug == filter.Alliance)
            .Where(a => filter.Promise == null || a.Obligations.Any(o => o.Type == filter.Promise));
        if (filter.StartDate is { } from)
        {
            query = query.Where(a => a.Dissolved >= from);
        }

        if (filter.ToDate is { } to)
        {
            query = query.Where(a => a.Dissolved <= to);
        }

        var (alliances, stoppedAt) = await ReadAsync(query.OrderBy(a => a.Dissolved)
            .Select(a => new { a.Slug, a.Name, a.ShortName, Dissolved = a.Dissolved!.Value, a.DissolvedPrecision }), a => a.Dissolved, limit, cancellationToken);
        return new TimelineSlice(alliances.Select(a => new TimelineEntry($"dissolution-{a.Slug}", a.Dissolved, a.DissolvedPrecision,
            EventKind.Dissolution, $"{a.Name} dissolved", null, false, $"/alliances/{a.Slug}",
            [new EntryLink(a.ShortName ?? a.Name, $"/alliances/{a.Slug}")], [])).ToList(), stoppedAt);
    }

    private sealed record Change(DateOnly Date, DatePrecision Precision, MembershipRole Role, MembershipEnd? End,
        string AllianceSlug, string AllianceName, string CountryCode, string CountryName);

    private static async Task<TimelineSlice> AccessionsAsync(AtlasDbContext db, TimelineFilter filter, int? limit, CancellationToken cancellationToken)
    {
        if (filter.Kind is not null && filter.EventKind != EventKind.Accession)
        {
            return TimelineSlice.Empty;
        }

        // Founding members joined with the founding, which has its own line.
        var query = db.Memberships.AsNoTracking()
            .Where(m => m.Role != MembershipRole.FoundingMember)
            .Where(m => filter.Alliance == null || m.Alliance.Slug == filter.Alliance)
            .Where(m => filter.Promise == null || m.Alliance.Obligations.Any(o => o.Type == filter.Promise));
        if (filter.StartDate is { } from)
        {
            query = query.Where(m => m.Joined >= from);
        }

        if (filter.ToDate is { } to)
        {
            query = query.Where(m => m.Joined <= to);
        }

        var (rows, stoppedAt) = await ReadAsync(query.OrderBy(m => m.Joined)
            .Select(m => new Change(m.Joined, m.JoinedPrecision, m.Role, m.End, m.Alliance.Slug, m.Alliance.ShortName ?? m.Alliance.Name,
                m.CountryCode, m.Country.Name)), c => c.Date, limit, cancellationToken);
        var told = await ToldByEssaysAsync(db, EventKind.Accession, cancellationToken);
        var changes = rows.Where(c => !told.Contains((c.Date, c.AllianceSlug, c.CountryCode)))
            .Select(c => (c, c.Role switch
            {
                MembershipRole.Observer => "becomes an observer of",
                MembershipRole.Partner => "becomes a partner of",
                _ => "joins",
            }));
        return new TimelineSlice(Group(changes, EventKind.Accession), stoppedAt);
    }

    private static async Task<TimelineSlice> WithdrawalsAsync(AtlasDbContext db, TimelineFilter filter, int? limit, CancellationToken cancellationToken)
    {
        if (filter.Kind is not null && filter.EventKind != EventKind.Withdrawal)
        {
            return TimelineSlice.Empty;
        }

        // A membership that ended with its alliance or its state is told by the dissolution, not as a withdrawal.
        var query = db.Memberships.AsNoTracking()
            .Where(m => m.Left != null && (m.End == MembershipEnd.Withdrawal || m.End == MembershipEnd.Suspension || m.End == MembershipEnd.Expulsion))
            .Where(m => filter.Alliance == null || m.Alliance.Slug == filter.Alliance)
            .Where(m => filter.Promise == null || m.Alliance.Obligations.Any(o => o.Type == filter.Promise));
        if (filter.StartDate is { } from)
        {
            query = query.Where(m => m.Left >= from);
        }

        if (filter.ToDate is { } to)
        {
            query = query.Where(m => m.Left <= to);
        }

        var (rows, stoppedAt) = await ReadAsync(query.OrderBy(m => m.Left)
            .Select(m => new Change(m.Left!.Value, m.LeftPrecision, m.Role, m.End, m.Alliance.Slug, m.Alliance.ShortName ?? m.Alliance.Name,
                m.CountryCode, m.Country.Name)), c => c.Date, limit, cancellationToken);
        var told = await ToldByEssaysAsync(db, EventKind.Withdrawal, cancellationToken);
        var changes = rows.Where(c => !told.Contains((c.Date, c.AllianceSlug, c.CountryCode)))
            .Select(c => (c, c.End switch
            {
                MembershipEnd.Suspension => "is suspended from",
                MembershipEnd.Expulsion => "is expelled from",
                _ => "leaves",
            }));
        return new TimelineSlice(Group(changes, EventKind.Withdrawal), stoppedAt);
    }

    /// <summary>A membership change that has its own essay (Finland joining NATO) is told once, by the essay.</summary>
    private static async Task<HashSet<(DateOnly Date, string Alliance, string Country)>> ToldByEssaysAsync(
        AtlasDbContext db, EventKind kind, CancellationToken cancellationToken) =>
        (await db.Events.AsNoTracking()
            .Where(e => e.Kind == kind)
            .Select(e => new { e.Date, Alliances = e.Alliances.Select(a => a.Slug).ToList(), Countries = e.Countries.Select(c => c.Code).ToList() })
            .AsSplitQuery()
            .ToListAsync(cancellationToken))
        .SelectMany(e => e.Alliances.SelectMany(slug => e.Countries.Select(code => (e.Date, slug, code))))
        .ToHashSet();

    /// <summary>Several states joining on one day is one moment: "Bulgaria, Estonia ... join NATO".</summary>
    private static List<TimelineEntry> Group(IEnumerable<(Change Change, string Verb)> changes, EventKind kind) =>
        changes
            .GroupBy(c => (c.Change.Date, c.Change.Precision, c.Verb, c.Change.AllianceSlug, c.Change.AllianceName))
            .Select(group =>
            {
                var countries = group.Select(c => c.Change).OrderBy(c => c.CountryName, StringComparer.Ordinal).ToList();
                var verb = countries.Count > 1 ? Plural(group.Key.Verb) : group.Key.Verb;
                var title = $"{JoinNames(countries.Select(c => c.CountryName).ToList())} {verb} {group.Key.AllianceName}";
                var anchor = $"{KebabCase.Of(kind)}-{group.Key.AllianceSlug}-{HistoricalDate.Iso(group.Key.Date, group.Key.Precision)}";
                if (group.Key.Verb != "joins" && group.Key.Verb != "leaves")
                {
                    anchor += "-" + group.Key.Verb.Split(' ')[^2];
                }

                return new TimelineEntry(anchor, group.Key.Date, group.Key.Precision, kind, title, null, false,
                    $"/alliances/{group.Key.AllianceSlug}", [new EntryLink(group.Key.AllianceName, $"/alliances/{group.Key.AllianceSlug}")],
                    countries.Select(c => new EntryLink(c.CountryName, $"/countries/{c.CountryCode.ToLowerInvariant()}")).ToList());
            })
            .ToList();

    private static string Plural(string verb) => verb switch
    {
        "joins" => "join",
        "leaves" => "leave",
        "becomes an observer of" => "become observers of",
        "becomes a partner of" => "become partners of",
        "is suspended from" => "are suspended from",
        "is expelled from" => "are expelled from",
        _ => verb,
    };

    public static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
    };
}
