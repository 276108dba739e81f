using System.Globalization;

namespace AllianceAtlas.Web.Maps;

/// <summary>
/// A part of the world the map page can enlarge, as a rectangle in the projected coordinates of content/maps/world.json
/// (Equal Earth, 1000 by 440): a phone-sized world map makes Europe a few pixels wide.
/// </summary>
public sealed record MapRegion(string Slug, string Name, double X, double Y, double Width, double Height)
{
    public static readonly MapRegion World = new("world", "World", 0, 0, 1000, 440);

    public static IReadOnlyList<MapRegion> All { get; } =
    [
        World,
        new("europe", "Europe", 440, 8, 200, 118),
        new("middle-east", "Middle East", 545, 88, 150, 118),
        new("east-asia", "East Asia", 680, 40, 220, 200),
        new("americas", "Americas", 150, 5, 270, 435),
    ];

    public static MapRegion? Find(string? slug) =>
        All.FirstOrDefault(r => string.Equals(r.Slug, slug?.Trim(), StringComparison.OrdinalIgnoreCase));

    public bool IsWorld => Slug == World.Slug;

    public string ViewBox => string.Create(CultureInfo.InvariantCulture, $"{X} {Y} {Width} {Height}");

    /// <summary>Whether a box of the map touches this region.</summary>
    public bool Touches(double left, double top, double right, double bottom) =>
        right >= X && left <= X + Width && bottom >= Y && top <= Y + Height;
}
