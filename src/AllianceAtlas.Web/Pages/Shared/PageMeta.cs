using System.Text.Json;

namespace AllianceAtlas.Web.Pages.Shared;

/// <summary>
/// What a shared link shows: Open Graph tags for previews and a schema.org description for search
/// engines, built once per content page.
/// </summary>
public sealed record PageMeta(string Title, string Description, string Url, string SchemaType, DateTime? Modified = null)
{
    public string JsonLd => JsonSerializer.Serialize(new Dictionary<string, object?>
    {
        ["@context"] = "https://schema.org",
        ["@type"] = SchemaType,
        ["name"] = Title,
        ["headline"] = Title,
        ["description"] = Description,
        ["url"] = Url,
        ["dateModified"] = Modified?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["isPartOf"] = new Dictionary<string, string> { ["@type"] = "WebSite", ["name"] = Citation.SiteName },
    }.Where(pair => pair.Value is not null).ToDictionary());
}
