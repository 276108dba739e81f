using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Map;

/// <summary>A member of an alliance on the map's date, and since when.</summary>
public sealed record MemberOnDate(string Code, string Name, DateOnly Joined, DatePrecision JoinedPrecision);
