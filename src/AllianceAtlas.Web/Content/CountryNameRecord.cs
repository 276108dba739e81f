using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Content;

/// <summary>One entry of a country's `names`: what it was called from one day until another.</summary>
public sealed record CountryNameRecord(int Line, string Name, HistoricalDate From, HistoricalDate To);
