using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Benchmarks;

/// <summary>
/// A real SQLite file with the site's migrations applied, because query cost depends on the schema's indexes and
/// on SQLite's planner, which an in-memory provider would not show.
/// </summary>
internal sealed class TempDatabase : IAsyncDisposable
{
    private readonly string _path;

    private TempDatabase(string path)
    {
        _path = path;
        Options = new DbContextOptionsBuilder<AtlasDbContext>().UseSqlite($"Data Source={path}").Options;
    }

    public DbContextOptions<AtlasDbContext> Options { get; }

    public static async Task<TempDatabase> CreateAsync()
    {
        var database = new TempDatabase(Path.Combine(Path.GetTempPath(), $"atlas-bench-{Guid.NewGuid():N}.db"));
        await using var db = database.Open();
        await DatabaseSetup.MigrateAsync(db, CancellationToken.None);
        return database;
    }

    public AtlasDbContext Open() => new(Options);

    /// <summary>Every country the content knows, as the importer stores them, since memberships need them as keys.</summary>
    public async Task AddCountriesAsync(IEnumerable<CountryRecord> countries)
    {
        await using var db = Open();
        db.Countries.AddRange(countries.Select(c => new Country
        {
            Code = c.Code,
            Name = c.Name,
            From = c.From?.Date,
            FromPrecision = c.From?.Precision ?? DatePrecision.Day,
            To = c.To?.Date,
            ToPrecision = c.To?.Precision ?? DatePrecision.Day,
            Successors = c.Successors.Select(s => s.Value).ToList(),
            Note = c.Note,
        }));
        await db.SaveChangesAsync();
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file and its WAL can go.
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }

        return ValueTask.CompletedTask;
    }
}
