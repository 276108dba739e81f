using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Events;

namespace AllianceAtlas.Web.Api;

/// <summary>One event with its essay (markdown, as written) and sources; Url is its page.</summary>
public sealed record EventDetail(
    string Slug, string Date, string Kind, bool TurningPoint, string Title, string Summary, string Url, string Body,
    IReadOnlyList<string> Alliances, IReadOnlyList<string> Countries, IReadOnlyList<string> Topics,
    IReadOnlyList<SourceDetail> Sources)
{
    public static EventDetail Of(TimelineEvent item) => new(
        item.Slug, HistoricalDate.Iso(item.Date, item.DatePrecision), KebabCase.Of(item.Kind), item.IsTurningPoint,
        item.Title, item.Summary, EventAddress.Of(item.Slug, item.IsTurningPoint), item.Body,
        item.Alliances.Select(a => a.Slug).ToList(), item.Countries.Select(c => c.Code).ToList(),
        item.Topics.Select(t => t.Slug).ToList(),
        item.Sources.OrderBy(s => s.Title, StringComparer.Ordinal).Select(s => new SourceDetail(s.Title, s.Publisher, s.Url, s.Published)).ToList());
}
