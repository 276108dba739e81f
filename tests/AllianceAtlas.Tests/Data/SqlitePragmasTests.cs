using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Tests.Data;

public sealed class SqlitePragmasTests : IDisposable
{
    private readonly TemporarySqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Every_connection_the_site_opens_waits_for_a_lock_instead_of_failing_at_once()
    {
        await using var first = _database.CreateDbContext(options => options.AddInterceptors(new SqlitePragmas()));
        await using var second = _database.CreateDbContext(options => options.AddInterceptors(new SqlitePragmas()));

        foreach (var db in new[] { first, second, first })
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout";
            Assert.Equal((long)SqlitePragmas.BusyTimeoutMilliseconds, await command.ExecuteScalarAsync());
            await db.Database.CloseConnectionAsync();
        }
    }
}
