namespace AllianceAtlas.Web.Content;

/// <summary>The atlas's own addresses, so a link in an essay can be checked before a reader follows it.</summary>
public sealed class SiteLinks(
    IEnumerable<string> alliances,
    IEnumerable<string> turningPoints,
    IEnumerable<string> topics,
    IEnumerable<string> countryCodes)
{
    private static readonly HashSet<string> Sections = ["", "alliances", "timeline", "turning-points", "topics", "countries", "about"];
    private readonly HashSet<string> _alliances = [.. alliances];
    private readonly HashSet<string> _turningPoints = [.. turningPoints];
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
        var known = parts switch
        {
            [] => true,
            [var section] => Sections.Contains(section),
            ["alliances", var slug] => _alliances.Contains(slug),
            ["turning-points", var slug] => _turningPoints.Contains(slug),
            ["topics", var slug] => _topics.Contains(slug),
            ["countries", var code] => _countries.Contains(code),
            _ => false,
        };
        return known ? null : $"link '{url}' does not lead to a page of the atlas";
    }
}
