namespace AllianceAtlas.Web.Content;

/// <summary>The atlas's own addresses, so a link in an essay can be checked before a reader follows it.</summary>
public sealed class SiteLinks(
    IEnumerable<string> alliances,
    IEnumerable<string> turningPoints,
    IEnumerable<string> otherEvents,
    IEnumerable<string> topics,
    IEnumerable<string> countryCodes)
{
    private static readonly HashSet<string> Sections = ["", "alliances", "timeline", "turning-points", "topics", "countries", "about", "map", "search"];
    private readonly HashSet<string> _alliances = [.. alliances];
    private readonly HashSet<string> _turningPoints = [.. turningPoints];
    private readonly HashSet<string> _otherEvents = [.. otherEvents];
    private readonly HashSet<string> _topics = [.. topics];
    private readonly HashSet<string> _countries = new(countryCodes, StringComparer.OrdinalIgnoreCase);

    /// <summary>Null when the link is fine; otherwise what is wrong with it.</summary>
    public string? Explain(string url)
    {
        if (url.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) ||
            url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ||
            url.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase))
        {
            return $"link '{url}' uses a scheme the site will not render";
        }

        if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var path = url.Split('#', '?')[0].TrimEnd('/');
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        // Every event has one home: a turning point's is its essay page, so a link says so rather than redirect.
        if (parts is ["events", var point] && _turningPoints.Contains(point))
        {
            return $"link '{url}' leads to a turning point: link '/turning-points/{point}' instead";
        }

        if (parts is ["turning-points", var ordinary] && _otherEvents.Contains(ordinary))
        {
            return $"link '{url}' leads to an event that is not a turning point: link '/events/{ordinary}' instead";
        }

        var known = parts switch
        {
            [] => true,
            [var section] => Sections.Contains(section),
            ["alliances", var slug] => _alliances.Contains(slug),
            ["turning-points", var slug] => _turningPoints.Contains(slug),
            ["events", var slug] => _otherEvents.Contains(slug),
            ["topics", var slug] => _topics.Contains(slug),
            ["countries", var code] => _countries.Contains(code),
            _ => false,
        };
        return known ? null : $"link '{url}' does not lead to a page of the atlas";
    }
}
