using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Content;

public static partial class StartupSeeding
{
    /// <summary>
    /// Migrates the database, says so through <paramref name="migrated"/>, and, when it holds no entries yet, fills it
    /// from the content folder.
    /// </summary>
    public static async Task PrepareDatabaseAsync(IServiceProvider services, Action migrated, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AtlasDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<ContentImporter>>();

        var importer = scope.ServiceProvider.GetRequiredService<ContentImporter>();

        // Instances started together on one PostgreSQL database: one migrates and seeds, the others wait and find it done.
        await using var setup = await DatabaseSetup.LockForSetupAsync(db, cancellationToken);
        // A new database will be seeded: read the content folder on the other core while the migrations run.
        var reading = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any()
            ? null
            : importer.ReadAsync(cancellationToken);
        await DatabaseSetup.MigrateAsync(db, cancellationToken);
        migrated();
        if (await db.Alliances.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            return;
        }

        // Data protection writes its first key into this database as the server starts. Written now, it does not wait
        // behind the import's transaction, and neither does the server's start (Kestrel listens while the import runs).
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector(nameof(StartupSeeding)).Protect([]);
        var report = reading is null
            ? await importer.ImportAsync(checkOnly: false, cancellationToken)
            : await importer.ImportAsync(await reading, checkOnly: false, cancellationToken);
        foreach (var line in report.Lines())
        {
            if (report.Succeeded)
            {
                LogSeeded(logger, line);
            }
            else
            {
                LogNotImported(logger, line);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded content: {Line}")]
    private static partial void LogSeeded(ILogger logger, string line);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content not imported: {Line}")]
    private static partial void LogNotImported(ILogger logger, string line);
}
