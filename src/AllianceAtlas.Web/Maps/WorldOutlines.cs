namespace AllianceAtlas.Web.Maps;

/// <summary>The shape of content/maps/world.json: projected SVG paths keyed by ISO 3166-1 alpha-2 code.</summary>
public sealed record WorldOutlines(
    string Source,
    string Licence,
    string Projection,
    int Width,
    int Height,
    IReadOnlyList<CountryOutline> Countries,
    IReadOnlyList<CountryDot> Dots);
