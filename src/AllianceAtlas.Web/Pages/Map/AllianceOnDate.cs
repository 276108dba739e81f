using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Map;

/// <summary>One chosen alliance and its full members on the map's date.</summary>
public sealed record AllianceOnDate(
    string Slug,
    string Name,
    DateOnly Founded,
    DatePrecision FoundedPrecision,
    DateOnly? Dissolved,
    DatePrecision DissolvedPrecision,
    IReadOnlyList<MemberOnDate> Members)
{
    public string StyleClass { get; init; } = "";
}
