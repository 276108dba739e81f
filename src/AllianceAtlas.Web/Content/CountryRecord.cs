using System.Text.Json.Serialization;
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
    string? Note,
    // Left out of the content hash when absent, so countries without names keep the fingerprint they always had.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CountryNameRecord>? Names = null);
