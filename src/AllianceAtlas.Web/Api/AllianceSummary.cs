using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Alliances;

namespace AllianceAtlas.Web.Api;

public sealed record AllianceSummary(
    string Slug, string Name, string? ShortName, string Kind, string Founded, string? Dissolved, string Summary, int CurrentMembers, string Url)
{
    public static AllianceSummary Of(AllianceRow row) => new(
        row.Slug, row.Name, row.ShortName, KebabCase.Of(row.Kind), HistoricalDate.Iso(row.Founded, row.FoundedPrecision),
        row.Dissolved is { } end ? HistoricalDate.Iso(end, row.DissolvedPrecision) : null, row.Summary,
        row.Dissolved is null ? row.CurrentMembers : 0, "/alliances/" + row.Slug);
}
