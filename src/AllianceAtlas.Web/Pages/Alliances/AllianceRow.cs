using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Alliances;

public sealed record AllianceRow(
    string Slug,
    string Name,
    string? ShortName,
    AllianceKind Kind,
    DateOnly Founded,
    DatePrecision FoundedPrecision,
    DateOnly? Dissolved,
    DatePrecision DissolvedPrecision,
    string Summary,
    int CurrentMembers);
