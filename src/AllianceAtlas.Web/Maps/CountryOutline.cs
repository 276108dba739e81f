namespace AllianceAtlas.Web.Maps;

/// <summary>One country's outline as SVG path data, already projected.</summary>
public sealed record CountryOutline(string Code, string Name, string D);
