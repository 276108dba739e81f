using Microsoft.AspNetCore.Html;

namespace AllianceAtlas.Web.Maps;

/// <summary>A drawn map with its key and the notes a reader needs to read it honestly.</summary>
public sealed record MapView(HtmlString Svg, IReadOnlyList<MapLegendEntry> Legend, IReadOnlyList<string> Notes)
{
    public static readonly MapView None = new(HtmlString.Empty, [], []);

    /// <summary>Set when the drawing is served as an image of its own instead of inline.</summary>
    public string? ImageUrl { get; init; }

    public string ImageDescription { get; init; } = "";

    public bool HasMap => Svg.Value is { Length: > 0 } || ImageUrl is not null;
}
