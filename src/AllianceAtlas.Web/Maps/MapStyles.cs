namespace AllianceAtlas.Web.Maps;

/// <summary>
/// The maps' colours from wwwroot/css/map.css, read once, so a map served as an image looks like one drawn in a page.
/// </summary>
public sealed class MapStyles(IWebHostEnvironment environment)
{
    private readonly Lazy<string> _css = new(() =>
    {
        using var reader = new StreamReader(environment.WebRootFileProvider.GetFileInfo("css/map.css").CreateReadStream());
        return reader.ReadToEnd();
    });

    public string Css => _css.Value;
}
