using AllianceAtlas.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>A SQLite file of a test's own, outside any site, deleted with its write-ahead files when disposed.</summary>
public sealed class TemporarySqliteDatabase : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"atlas-test-{Guid.NewGuid():N}.db");

    public AtlasDbContext CreateDbContext(Action<DbContextOptionsBuilder<AtlasDbContext>>? configure = null)
    {
        var options = new DbContextOptionsBuilder<AtlasDbContext>().UseSqlite($"Data Source={_path}");
        configure?.Invoke(options);
        return new AtlasDbContext(options.Options);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
