using System.Text.Json;
using AllianceAtlas.Web.Content;
using Microsoft.Extensions.Options;

namespace AllianceAtlas.Web.Maps;

/// <summary>
/// The country outlines every map is drawn from: content/maps/world.json, made once from Natural Earth by
/// script/map/convert.mjs. Read on first use and kept for the life of the process, since it never changes
/// while the site runs.
/// </summary>
public sealed partial class WorldShapes
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Lazy<WorldOutlines?> _outlines;

    public WorldShapes(IOptions<ContentOptions> options, IWebHostEnvironment environment, ILogger<WorldShapes> logger)
    {
        var path = Path.Combine(options.Value.FolderIn(environment.ContentRootPath), "maps", "world.json");
        _outlines = new Lazy<WorldOutlines?>(() =>
        {
            if (!File.Exists(path))
            {
                LogMissing(logger, path);
                return null;
            }

            return JsonSerializer.Deserialize<WorldOutlines>(File.ReadAllBytes(path), Json);
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The map outlines {Path} are missing; pages show their tables without a map")]
    private static partial void LogMissing(ILogger logger, string path);

    /// <summary>Null when the file is missing: pages then show their tables without a map.</summary>
    public WorldOutlines? Outlines => _outlines.Value;
}
