using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Content;

/// <summary>One set of an alliance's terms: from a renewal or a new treaty until the next (or the end).</summary>
public sealed record PhaseRecord(int Line, string Name, HistoricalDate From, HistoricalDate? To);
