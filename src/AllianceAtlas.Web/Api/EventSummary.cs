using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Timeline;

namespace AllianceAtlas.Web.Api;

public sealed record EventSummary(
    string Id, string Date, string Kind, bool TurningPoint, string Title, string? Summary, string? Url,
    IReadOnlyList<string> Alliances, IReadOnlyList<string> Countries)
{
    public static EventSummary Of(TimelineEntry entry) => new(
        entry.Anchor, HistoricalDate.Iso(entry.Date, entry.Precision), KebabCase.Of(entry.Kind), entry.IsTurningPoint,
        entry.Title, entry.Summary, entry.Link ?? "/timeline#" + entry.Anchor,
        entry.Alliances.Select(a => a.Href.Replace("/alliances/", "", StringComparison.Ordinal)).ToList(),
        entry.Countries.Select(c => c.Href.Replace("/countries/", "", StringComparison.Ordinal).ToUpperInvariant()).ToList());
}
