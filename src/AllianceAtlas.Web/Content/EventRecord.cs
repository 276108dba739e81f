using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Content;

public sealed record EventRecord(
    string File,
    string Slug,
    string Title,
    HistoricalDate Date,
    EventKind Kind,
    bool IsTurningPoint,
    string Summary,
    MarkdownBody Body,
    IReadOnlyList<ContentRef> Alliances,
    IReadOnlyList<ContentRef> Countries,
    IReadOnlyList<ContentRef> Topics,
    IReadOnlyList<SourceRecord> Sources);
