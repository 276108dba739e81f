using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Alliances;
using AllianceAtlas.Web.Pages.Timeline;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Api;

/// <summary>Spreadsheet-friendly downloads of the atlas's data.</summary>
public static class CsvExports
{
    public static async Task<IResult> AlliancesAsync([AsParameters] AllianceListFilter filter, AtlasDbContext db, CancellationToken cancellationToken)
    {
        var rows = await AllianceListQuery.Apply(db.Alliances.AsNoTracking(), filter, [])
            .Select(AllianceListQuery.Row).ToListAsync(cancellationToken);
        return File("alliances.csv", Csv.Write(
            ["slug", "name", "short_name", "kind", "founded", "dissolved", "current_members", "summary"],
            rows.Select(AllianceSummary.Of).Select(a => new[]
            {
                a.Slug, a.Name, a.ShortName, a.Kind, a.Founded, a.Dissolved,
                a.CurrentMembers.ToString(System.Globalization.CultureInfo.InvariantCulture), a.Summary,
            })));
    }

    public static async Task<IResult> MembershipsAsync(AtlasDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Memberships.AsNoTracking()
            .OrderBy(m => m.Alliance.Slug).ThenBy(m => m.Joined).ThenBy(m => m.CountryCode)
            .Select(m => new
            {
                Alliance = m.Alliance.Slug, m.CountryCode, Country = m.Country.Name, m.Joined, m.JoinedPrecision,
                m.Left, m.LeftPrecision, m.Role, m.End, m.Note,
            })
            .ToListAsync(cancellationToken);
        return File("memberships.csv", Csv.Write(
            ["alliance", "country", "country_name", "joined", "left", "role", "end", "note"],
            rows.Select(m => new[]
            {
                m.Alliance, m.CountryCode, m.Country, HistoricalDate.Iso(m.Joined, m.JoinedPrecision),
                m.Left is { } left ? HistoricalDate.Iso(left, m.LeftPrecision) : null,
                KebabCase.Of(m.Role), m.End is { } end ? KebabCase.Of(end) : null, m.Note,
            })));
    }

    public static async Task<IResult> EventsAsync([AsParameters] TimelineFilter filter, AtlasDbContext db, CancellationToken cancellationToken)
    {
        await filter.DropUnknownAsync(db, cancellationToken);
        var entries = await TimelineQuery.RunAllAsync(db, filter, cancellationToken);
        return File("events.csv", Csv.Write(
            ["id", "date", "kind", "turning_point", "title", "summary", "alliances", "countries"],
            entries.Select(EventSummary.Of).Select(e => new[]
            {
                e.Id, e.Date, e.Kind, e.TurningPoint ? "true" : "false", e.Title, e.Summary,
                string.Join(' ', e.Alliances), string.Join(' ', e.Countries),
            })));
    }

    /// <summary>One row a promise, in each alliance's order; <c>members</c> empty means every member makes it.</summary>
    public static async Task<IResult> ObligationsAsync(AtlasDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Obligations.AsNoTracking()
            .OrderBy(o => o.Alliance.Slug).ThenBy(o => o.Position)
            .Select(o => new { Alliance = o.Alliance.Slug, Obligation = o })
            .ToListAsync(cancellationToken);
        return File("obligations.csv", Csv.Write(
            ["alliance", "type", "summary", "article", "phase", "members", "adversary", "territory", "unprovoked", "war", "other_condition"],
            rows.Select(row => new[]
            {
                row.Alliance, KebabCase.Of(row.Obligation.Type), row.Obligation.Summary, row.Obligation.Article,
                row.Obligation.Phase, string.Join(' ', row.Obligation.Members), row.Obligation.Adversary,
                row.Obligation.Territory, row.Obligation.Unprovoked ? "true" : "false", row.Obligation.War,
                row.Obligation.OtherCondition,
            })));
    }

    private static IResult File(string name, string csv) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", name);
}
