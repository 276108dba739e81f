using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Shared;

/// <summary>What <c>_Promises</c> shows: an alliance with its promises and phases loaded, and its members' names.</summary>
public sealed record PromiseBlock(Alliance Alliance, IReadOnlyDictionary<string, string> CountryNames, string IdPrefix);
