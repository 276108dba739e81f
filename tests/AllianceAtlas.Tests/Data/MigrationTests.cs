using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Tests.Data;

public sealed class MigrationTests : IDisposable
{
    private readonly TemporarySqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Migrations_build_an_empty_database_that_matches_the_model()
    {
        await using var db = _database.CreateDbContext();

        await DatabaseSetup.MigrateAsync(db, CancellationToken.None);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(0, await db.Alliances.CountAsync());
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_database_migrated_before_the_site_first_ran_is_seeded_when_it_starts()
    {
        using var app = new AtlasApp();
        var options = new DbContextOptionsBuilder<AtlasDbContext>().UseSqlite($"Data Source={app.DatabasePath}").Options;
        await using (var db = new AtlasDbContext(options))
        {
            // As `dotnet ef database update` leaves it: every table, no content.
            await db.Database.MigrateAsync();
        }

        await using var seeded = app.CreateDbContext();

        Assert.True(await seeded.Alliances.AnyAsync(a => a.Slug == "nato"));
        Assert.True(await seeded.Events.AnyAsync());
    }
}
