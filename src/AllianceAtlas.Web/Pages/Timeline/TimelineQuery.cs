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
    public static async Task<List<TimelineEntry>> RunAsync(AtlasDbContext db, TimelineFilter filter, CancellationToken cancellationToken)
    {
        var entries = new List<TimelineEntry>();
        entries.AddRange(await TypedEventsAsync(db, filter, cancellationToken));

        // Derived entries carry no topic and are never turning points.
        if (filter.Topic is null && !filter.TurningPointsOnly)
        {
            entries.AddRange(await FoundingsAndDissolutionsAsync(db, filter, cancellationToken));
            entries.AddRange(await MembershipChangesAsync(db, filter, cancellationToken));
        }

        return entries
            .Where(e => (filter.FromDate is not { } from || e.Date >= from) && (filter.ToDate is not { } to || e.Date <= to))
            // "April 2009" reads before "1 April 2009": on the same first day, the vaguer date comes first.
            .OrderBy(e => e.Date).ThenByDescending(e => e.Precision).ThenBy(e => e.Kind).ThenBy(e => e.Title, StringComparer.Ordinal)
            .ToList();
    }

    private static async Task<IEnumerable<TimelineEntry>> TypedEventsAsync(AtlasDbContext db, TimelineFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Events.AsNoTracking();
        if (filter.Alliance is { } alliance)
        {
            query = query.Where(e => e.Alliances.Any(a => a.Slug == alliance));
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

        if (filter.FromDate is { } from)
        {
            query = query.Where(e => e.Date >= from);
        }

        if (filter.ToDate is { } to)
        {
            query = query.Where(e => e.Date <= to);
        }

        var events = await query
            .Select(e => new
            {
                e.Slug, e.Date, e.DatePrecision, e.Kind, e.Title, e.Summary, e.IsTurningPoint,
                Alliances = e.Alliances.OrderBy(a => a.Name).Select(a => new { a.Slug, a.Name, a.ShortName }).ToList(),
                Countries = e.Countries.OrderBy(c => c.Name).Select(c => new { c.Code, c.Name }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        return events.Select(e => new TimelineEntry(
            e.Slug, e.Date, e.DatePrecision, e.Kind, e.Title, e.Summary, e.IsTurningPoint,
            e.IsTurningPoint ? $"/turning-points/{e.Slug}" : null,
            e.Alliances.Select(a => new EntryLink(a.ShortName ?? a.Name, $"/alliances/{a.Slug}")).ToList(),
            e.Countries.Select(c => new EntryLink(c.Name, $"/countries/{c.Code.ToLowerInvariant()}")).ToList()));
    }

    private static async Task<IEnumerable<TimelineEntry>> FoundingsAndDissolutionsAsync(AtlasDbContext db, TimelineFilter filter, CancellationToken cancellationToken)
    {
        var wantFounding = filter.Kind is null || filter.EventKind == EventKind.Founding;
        var wantDissolution = filter.Kind is null || filter.EventKind == EventKind.Dissolution;
        if (!wantFounding && !wantDissolution)
        {
            return [];
        }

        var alliances = await db.Alliances.AsNoTracking()
            .Where(a => filter.Alliance == null || a.Slug == filter.Alliance)
            .Select(a => new
            {
                a.Slug, a.Name, a.ShortName, a.Summary, a.Founded, a.FoundedPrecision, a.Dissolved, a.DissolvedPrecision,
                // An essay about the founding already tells it; the derived line would say it twice.
                HasFoundingEvent = a.Events.Any(e => e.Kind == EventKind.Founding),
                HasDissolutionEvent = a.Events.Any(e => e.Kind == EventKind.Dissolution),
            })
            .ToListAsync(cancellationToken);

        var entries = new List<TimelineEntry>();
        foreach (var alliance in alliances)
        {
            var links = new[] { new EntryLink(alliance.ShortName ?? alliance.Name, $"/alliances/{alliance.Slug}") };
            if (wantFounding && !alliance.HasFoundingEvent)
            {
                entries.Add(new TimelineEntry($"founding-{alliance.Slug}", alliance.Founded, alliance.FoundedPrecision,
                    EventKind.Founding, $"{alliance.Name} founded", alliance.Summary, false, $"/alliances/{alliance.Slug}", links, []));
            }

            if (wantDissolution && alliance.Dissolved is { } dissolved && !alliance.HasDissolutionEvent)
            {
                entries.Add(new TimelineEntry($"dissolution-{alliance.Slug}", dissolved, alliance.DissolvedPrecision,
                    EventKind.Dissolution, $"{alliance.Name} dissolved", null, false, $"/alliances/{alliance.Slug}", links, []));
            }
        }

        return entries;
    }

    private static async Task<IEnumerable<TimelineEntry>> MembershipChangesAsync(AtlasDbContext db, TimelineFilter filter, CancellationToken cancellationToken)
    {
        var wantAccessions = filter.Kind is null || filter.EventKind == EventKind.Accession;
        var wantWithdrawals = filter.Kind is null || filter.EventKind == EventKind.Withdrawal;
        if (!wantAccessions && !wantWithdrawals)
        {
            return [];
        }

        var rows = await db.Memberships.AsNoTracking()
            .Where(m => filter.Alliance == null || m.Alliance.Slug == filter.Alliance)
            .Select(m => new
            {
                m.Joined, m.JoinedPrecision, m.Left, m.LeftPrecision, m.Role, m.End,
                AllianceSlug = m.Alliance.Slug, AllianceName = m.Alliance.ShortName ?? m.Alliance.Name,
                m.CountryCode, CountryName = m.Country.Name,
            })
            .ToListAsync(cancellationToken);

        // A membership change that has its own essay (Finland joining NATO) is told once, by the essay.
        var told = (await db.Events.AsNoTracking()
                .Where(e => e.Kind == EventKind.Accession || e.Kind == EventKind.Withdrawal)
                .Select(e => new { e.Kind, e.Date, Alliances = e.Alliances.Select(a => a.Slug).ToList(), Countries = e.Countries.Select(c => c.Code).ToList() })
                .AsSplitQuery()
                .ToListAsync(cancellationToken))
            .SelectMany(e => e.Alliances.SelectMany(slug => e.Countries.Select(code => (e.Kind, e.Date, slug, code))))
            .ToHashSet();
        var changes = new List<(DateOnly Date, DatePrecision Precision, EventKind Kind, string Verb, string Slug, string Alliance, string Code, string Country)>();
        foreach (var row in rows)
        {
            if (wantAccessions && row.Role != MembershipRole.FoundingMember
                && !told.Contains((EventKind.Accession, row.Joined, row.AllianceSlug, row.CountryCode)))
            {
                var verb = row.Role switch
                {
                    MembershipRole.Observer => "becomes an observer of",
                    MembershipRole.Partner => "becomes a partner of",
                    _ => "joins",
                };
                changes.Add((row.Joined, row.JoinedPrecision, EventKind.Accession, verb, row.AllianceSlug, row.AllianceName, row.CountryCode, row.CountryName));
            }

            if (wantWithdrawals && row.Left is { } left && row.End is MembershipEnd.Withdrawal or MembershipEnd.Suspension or MembershipEnd.Expulsion
                && !told.Contains((EventKind.Withdrawal, left, row.AllianceSlug, row.CountryCode)))
            {
                var verb = row.End switch
                {
                    MembershipEnd.Suspension => "is suspended from",
                    MembershipEnd.Expulsion => "is expelled from",
                    _ => "leaves",
                };
                changes.Add((left, row.LeftPrecision, EventKind.Withdrawal, verb, row.AllianceSlug, row.AllianceName, row.CountryCode, row.CountryName));
            }
        }

        // Several states joining on one day is one moment: "Bulgaria, Estonia ... join NATO".
        return changes
            .GroupBy(c => (c.Date, c.Precision, c.Kind, c.Verb, c.Slug, c.Alliance))
            .Select(group =>
            {
                var countries = group.OrderBy(c => c.Country, StringComparer.Ordinal).ToList();
                var verb = countries.Count > 1 ? Plural(group.Key.Verb) : group.Key.Verb;
                var title = $"{JoinNames(countries.Select(c => c.Country).ToList())} {verb} {group.Key.Alliance}";
                var anchor = $"{KebabCase.Of(group.Key.Kind)}-{group.Key.Slug}-{HistoricalDate.Iso(group.Key.Date, group.Key.Precision)}";
                if (group.Key.Verb != "joins" && group.Key.Verb != "leaves")
                {
                    anchor += "-" + group.Key.Verb.Split(' ')[^2];
                }

                return new TimelineEntry(anchor, group.Key.Date, group.Key.Precision, group.Key.Kind, title, null, false,
                    $"/alliances/{group.Key.Slug}", [new EntryLink(group.Key.Alliance, $"/alliances/{group.Key.Slug}")],
                    countries.Select(c => new EntryLink(c.Country, $"/countries/{c.Code.ToLowerInvariant()}")).ToList());
            });
    }

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
