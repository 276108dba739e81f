namespace AllianceAtlas.Web.Maps;

/// <summary>A state too small to outline at world scale, drawn as a dot at its centre.</summary>
public sealed record CountryDot(string Code, string Name, double X, double Y);
