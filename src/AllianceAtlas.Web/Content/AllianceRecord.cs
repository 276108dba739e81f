using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Content;

public sealed record AllianceRecord(
    string File,
    string Slug,
    string Name,
    string? ShortName,
    AllianceKind Kind,
    HistoricalDate Founded,
    HistoricalDate? Dissolved,
    int DissolvedLine,
    string? Treaty,
    string? Headquarters,
    IReadOnlyList<string> Regions,
    string Summary,
    MarkdownBody Body,
    IReadOnlyList<MemberRecord> Members,
    IReadOnlyList<SourceRecord> Sources,
    IReadOnlyList<PhaseRecord> Phases,
    IReadOnlyList<ObligationRecord> Obligations);
