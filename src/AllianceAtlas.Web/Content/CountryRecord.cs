using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Content;

public sealed record CountryRecord(
    string File,
    int Line,
    string Code,
    string Name,
    HistoricalDate? From,
    HistoricalDate? To,
    IReadOnlyList<ContentRef> Successors,
    string? Note);
