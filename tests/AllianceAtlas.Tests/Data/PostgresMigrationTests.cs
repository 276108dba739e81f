using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Tests.Data;

/// <summary>The PostgreSQL migrations, applied to a real empty PostgreSQL database.</summary>
public sealed class PostgresMigrationTests : IDisposable
{
    private readonly string _database = PostgresServer.Instance.CreateDatabase();

    public void Dispose() => PostgresServer.Instance.DropDatabase(_database);

    [Fact]
    public async Task Postgres_migrations_build_an_empty_database_that_matches_the_model_with_its_search_index()
    {
        var options = new DbContextOptionsBuilder<PostgresAtlasDbContext>()
            .UseNpgsql(PostgresServer.Instance.ConnectionStringFor(_database)).Options;
        await using var db = new PostgresAtlasDbContext(options);

        await DatabaseSetup.MigrateAsync(db, CancellationToken.None);

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
        Assert.Equal(0, await db.Alliances.CountAsync());
        var index = await db.Database.SqlQueryRaw<string>(
                "SELECT indexdef AS \"Value\" FROM pg_indexes WHERE tablename = 'SearchEntries' AND indexname = 'IX_SearchEntries_Document'")
            .SingleAsync();
        Assert.Contains("USING gin", index, StringComparison.Ordinal);
    }
}
