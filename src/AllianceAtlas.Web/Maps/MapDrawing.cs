using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace AllianceAtlas.Web.Maps;

/// <summary>
/// Collects which countries to shade and why, then draws the world as inline SVG on the server. Each layer has a
/// colour and a pattern of its own, so colour is never the only cue; a country in several layers gets a fill of
/// its own. Former states are drawn on the present-day territory of their successors, and the map says so.
/// </summary>
public sealed class MapDrawing(CountryDirectory countries)
{
    public const int MaxLayers = 4;
    private const string Several = "map-several";
    private const string Focused = "map-focus";

    private readonly List<(string Label, int Members)> _layers = [];
    private readonly Dictionary<string, List<(int Layer, string? AsPartOf)>> _shaded = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _notes = new(StringComparer.Ordinal);
    private string? _focus;
    private HashSet<string> _focusDrawnAs = [];

    public static string StyleOf(int layer) => $"map-s{layer}";

    public int AddLayer(string label)
    {
        if (_layers.Count == MaxLayers)
        {
            throw new InvalidOperationException($"A map has at most {MaxLayers} layers.");
        }

        _layers.Add((label, 0));
        return _layers.Count - 1;
    }

    public void Shade(int layer, string code)
    {
        _layers[layer] = (_layers[layer].Label, _layers[layer].Members + 1);
        var drawnAs = countries.DrawnAs(code);
        var asPartOf = drawnAs.Count == 1 && drawnAs[0] == code ? null : countries.NameOf(code);
        if (asPartOf is not null)
        {
            _notes[code] = $"{asPartOf}, which no longer exists, is drawn on the present-day territory of {Join(drawnAs.Select(countries.NameOf).Order(StringComparer.Ordinal))}.";
        }

        foreach (var drawn in drawnAs)
        {
            if (!_shaded.TryGetValue(drawn, out var reasons))
            {
                _shaded[drawn] = reasons = [];
            }

            reasons.Add((layer, asPartOf));
        }
    }

    /// <summary>The country a page is about: outlined and filled in a style of its own.</summary>
    public void Focus(string code)
    {
        _focus = code;
        _focusDrawnAs = [.. countries.DrawnAs(code)];
    }

    /// <summary>
    /// The map, its key and its notes. Inline, the page's stylesheet colours it; given <paramref name="embeddedCss"/>
    /// it is an SVG document of its own, for an image, with those colours inside it. Given a <paramref name="region"/>,
    /// it shows that part of the world enlarged, with only the outlines that reach into it.
    /// </summary>
    public MapView Render(WorldOutlines? outlines, string id, string title, string? embeddedCss = null, MapRegion? region = null)
    {
        var legend = _layers.Select((l, i) => new MapLegendEntry(StyleOf(i), l.Label, l.Members)).ToList();
        if (_layers.Count > 1 && _shaded.Values.Any(r => r.Select(x => x.Layer).Distinct().Count() > 1))
        {
            legend.Add(new MapLegendEntry(Several, "In more than one of these", _shaded.Values.Count(r => r.Select(x => x.Layer).Distinct().Count() > 1)));
        }

        if (_focus is { } focus)
        {
            legend.Insert(0, new MapLegendEntry(Focused, countries.NameOf(focus), 1));
        }

        var notes = _notes.Values.ToList();
        if (outlines is null)
        {
            return new MapView(HtmlString.Empty, legend, notes);
        }

        var description = string.Join("; ", _layers.Select(l => $"{l.Label}: {l.Members} {(l.Members == 1 ? "state" : "states")}"));
        var svg = new StringBuilder(outlines.Countries.Sum(c => c.D.Length) + 32_000);
        region ??= MapRegion.World;
        var viewBox = region.IsWorld ? $"0 0 {outlines.Width} {outlines.Height}" : region.ViewBox;
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"map{(region.IsWorld ? "" : " map--zoomed")}\" viewBox=\"{viewBox}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Encode(description.Length > 0 ? description : "No state is shaded.")} The table beside the map lists the same states.</desc>");
        if (embeddedCss is not null)
        {
            svg.Append("<style>").Append(embeddedCss).Append("</style>");
        }

        svg.Append(Patterns);
        svg.Append("<g class=\"map-land\">");
        foreach (var outline in outlines.Countries)
        {
            var d = OutlineClipping.Within(outline.D, region);
            if (d.Length == 0)
            {
                continue;
            }

            svg.Append("<path d=\"").Append(d).Append('"');
            AppendStyleAndTitle(svg, outline.Code, outline.Name, baseClass: null);
            svg.Append("</path>");
        }

        // Dots keep about their world-map size on screen when a region is enlarged.
        var radius = Math.Max(1.2, 3.5 * region.Width / outlines.Width);
        foreach (var dot in outlines.Dots.Where(d => region.Touches(d.X, d.Y, d.X, d.Y)))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{dot.X}\" cy=\"{dot.Y}\" r=\"{radius:0.##}\"");
            AppendStyleAndTitle(svg, dot.Code, dot.Name, baseClass: "map-dot");
            svg.Append("</circle>");
        }

        svg.Append("</g></svg>");
        return new MapView(new HtmlString(svg.ToString()), legend, notes);
    }

    private void AppendStyleAndTitle(StringBuilder svg, string code, string fallbackName, string? baseClass)
    {
        var name = countries.NameOf(code) is var known && known != code ? known : fallbackName;
        string? style = null;
        var why = "";
        if (_focusDrawnAs.Contains(code))
        {
            style = Focused;
        }

        if (_shaded.TryGetValue(code, out var reasons))
        {
            var layers = reasons.Select(r => r.Layer).Distinct().ToList();
            style ??= layers.Count == 1 ? StyleOf(layers[0]) : Several;
            why = ": " + string.Join(", ", reasons.Select(r => _layers[r.Layer].Label + (r.AsPartOf is null ? "" : $" (then part of {r.AsPartOf})")).Distinct());
        }

        svg.Append(" data-code=\"").Append(code).Append('"');
        var classes = string.Join(' ', new[] { baseClass, style }.OfType<string>());
        if (classes.Length > 0)
        {
            svg.Append(" class=\"").Append(classes).Append('"');
        }

        svg.Append("><title>").Append(Encode(name + why)).Append("</title>");
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    private static string Join(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list[..^1]) + " and " + list[^1];
    }

    // Stripes, dots and cross-hatching tell the layers apart without colour; the colours live in site.css.
    private const string Patterns =
        "<defs>" +
        "<pattern id=\"map-p1\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect class=\"map-p1-bg\" width=\"6\" height=\"6\"/><rect class=\"map-p-fg\" width=\"2\" height=\"6\"/></pattern>" +
        "<pattern id=\"map-p2\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\"><rect class=\"map-p2-bg\" width=\"5\" height=\"5\"/><circle class=\"map-p-fg\" cx=\"2.5\" cy=\"2.5\" r=\"1.2\"/></pattern>" +
        "<pattern id=\"map-p3\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"><rect class=\"map-p3-bg\" width=\"6\" height=\"6\"/><path class=\"map-p-line\" d=\"M0 0L6 6M6 0L0 6\"/></pattern>" +
        "<pattern id=\"map-p4\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\"><rect class=\"map-p4-bg\" width=\"4\" height=\"4\"/><rect class=\"map-p-fg\" width=\"2\" height=\"2\"/><rect class=\"map-p-fg\" x=\"2\" y=\"2\" width=\"2\" height=\"2\"/></pattern>" +
        "</defs>";
}
