using System.Text.Json;
using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Maps;

namespace AllianceAtlas.Benchmarks;

/// <summary>
/// The repository's own content folder, so the benchmarks measure the essays, members and outlines readers get
/// rather than made-up text.
/// </summary>
internal static class RepoContent
{
    // The same options WorldShapes reads world.json with, so the benchmark draws exactly what the site draws.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// BenchmarkDotNet runs each case in a child process built under bin/, so neither the working directory nor
    /// the assembly's folder is the repository; walking up from the assembly finds it wherever the run started.
    /// </summary>
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AllianceAtlas.sln"))
                && Directory.Exists(Path.Combine(dir.FullName, "content")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No AllianceAtlas.sln with a content folder above {AppContext.BaseDirectory}.");
    }

    /// <summary>
    /// Reads the whole folder through the site's own reader. Problems elsewhere in the content (another edit in
    /// progress) don't matter here; a missing entry a benchmark needs is reported by the lookups below.
    /// </summary>
    public static ContentSet Read()
    {
        var errors = new List<ContentError>();
        return ContentReader.Read(Path.Combine(Root(), "content"), errors);
    }

    public static TopicRecord Topic(this ContentSet content, string slug) =>
        content.Topics.SingleOrDefault(t => t.Slug == slug) ?? throw Missing("topic", slug);

    public static EventRecord Event(this ContentSet content, string slug) =>
        content.Events.SingleOrDefault(e => e.Slug == slug) ?? throw Missing("event", slug);

    public static AllianceRecord Alliance(this ContentSet content, string slug) =>
        content.Alliances.SingleOrDefault(a => a.Slug == slug) ?? throw Missing("alliance", slug);

    public static WorldOutlines Outlines()
    {
        var path = Path.Combine(Root(), "content", "maps", "world.json");
        return JsonSerializer.Deserialize<WorldOutlines>(File.ReadAllBytes(path), Json)
            ?? throw new InvalidOperationException($"{path} holds no outlines.");
    }

    private static InvalidOperationException Missing(string kind, string slug) =>
        new($"The content folder under {Root()} has no readable {kind} '{slug}'.");
}
