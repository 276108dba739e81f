using System.Text.Json;

namespace AllianceAtlas.Web.Hosting;

/// <summary>
/// Where the site finds appsettings.json, wwwroot and (by default) content/: its own folder, wherever it is started
/// from (a systemd unit, a container). A build output (<c>dotnet run</c>, the tests) keeps the usual rule instead:
/// dotnet run starts in the project folder, and the tests choose the content root themselves.
/// </summary>
public static class SiteFolder
{
    private static readonly string Name = typeof(SiteFolder).Assembly.GetName().Name!;

    /// <summary>Only a build output carries this manifest, which maps wwwroot to the project's files.</summary>
    private static bool IsBuildOutput => File.Exists(Path.Combine(AppContext.BaseDirectory, $"{Name}.staticwebassets.runtime.json"));

    public static WebApplicationOptions Options(string[] args)
    {
        var chosen = args.Any(arg => arg.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT") is not null
            || Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT") is not null;
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = chosen || IsBuildOutput ? null : AppContext.BaseDirectory,
        };
    }

    /// <summary>
    /// A published site whose wwwroot lacks a file it was published with would answer for that file with an empty 200;
    /// it refuses to start instead, naming what is missing and where it looked. Null when every file is there.
    /// </summary>
    public static string? WhyStaticFilesMissing(IWebHostEnvironment environment)
    {
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{environment.ApplicationName}.staticwebassets.endpoints.json");
        if (IsBuildOutput || !File.Exists(manifest))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(manifest));
        var missing = document.RootElement.GetProperty("Endpoints").EnumerateArray()
            .Select(endpoint => endpoint.GetProperty("AssetFile").GetString()!)
            .Distinct(StringComparer.Ordinal)
            .Where(asset => !environment.WebRootFileProvider.GetFileInfo(asset).Exists)
            .ToList();
        return missing.Count == 0
            ? null
            : $"The site's static files are missing from {environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot")}: "
                + $"{string.Join(", ", missing.Take(5))}{(missing.Count > 5 ? $" and {missing.Count - 5} more" : "")}. "
                + "Start the site from a complete `dotnet publish` output, which has its wwwroot folder beside AllianceAtlas.Web.dll.";
    }
}
