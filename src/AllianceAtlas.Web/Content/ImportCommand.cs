namespace AllianceAtlas.Web.Content;

public static class ImportCommand
{
    /// <summary>Imports (or with --check only validates) the content folder; exits 1 when it has problems.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, bool checkOnly, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.AtlasDbContext>();
        var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();
        if (!checkOnly)
        {
            await Data.DatabaseSetup.MigrateAsync(db, CancellationToken.None);
        }

        var report = await importer.ImportAsync(checkOnly, CancellationToken.None);
        await output.WriteLineAsync(checkOnly
            ? $"Checked {importer.ContentRoot}"
            : $"Imported {importer.ContentRoot}");
        foreach (var line in report.Lines())
        {
            await output.WriteLineAsync(line);
        }

        if (checkOnly && report.Succeeded)
        {
            await output.WriteLineAsync("No problems found.");
        }

        return report.Succeeded ? 0 : 1;
    }
}
