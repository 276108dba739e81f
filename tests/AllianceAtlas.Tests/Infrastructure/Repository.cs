namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>Paths in the checkout the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A folder under test-output/ where the tests leave what a person may want to look at.</summary>
    public static string OutputFolder(string name)
    {
        var path = PathOf("test-output", name);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "AllianceAtlas.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException($"AllianceAtlas.sln not found above {AppContext.BaseDirectory}");
    }
}
