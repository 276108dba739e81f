using System.Security.Cryptography;
using System.Text;

namespace AllianceAtlas.Web.Maps;

/// <summary>
/// The maps' colours from wwwroot/css/map.css, read once, so a map served as an image looks like one drawn in a page.
/// </summary>
public sealed class MapStyles
{
    private readonly Lazy<string> _css;
    private readonly Lazy<string> _cspSource;

    public MapStyles(IWebHostEnvironment environment)
    {
        _css = new(() =>
        {
            using var reader = new StreamReader(environment.WebRootFileProvider.GetFileInfo("css/map.css").CreateReadStream());
            return reader.ReadToEnd();
        });
        _cspSource = new(() => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))}'");
    }

    public string Css => _css.Value;

    /// <summary>
    /// The Content-Security-Policy source that allows exactly this stylesheet inside an image, by its hash, so the
    /// image's policy needs no 'unsafe-inline'.
    /// </summary>
    public string CspSource => _cspSource.Value;
}
