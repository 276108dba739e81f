using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Search;
using AllianceAtlas.Web.Pages.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace AllianceAtlas.Tests.Search;

/// <summary>
/// SQLite runs a statement to its end whatever a cancellation token says, so a search whose reader has gone would
/// go on ranking thousands of entries for nobody. SQLite's progress handler counts the statement's work as it runs,
/// which shows whether it stopped when the reader left, without depending on how fast the machine is. A search cut
/// short that way is a cancellation, not a failure, and is not logged as an error.
/// </summary>
public sealed class SearchCancellationTests : IDisposable
{
    private const int Entries = 3000;
    private const int InstructionsPerStep = 10;

    private readonly TemporarySqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_search_stops_working_as_soon_as_its_reader_goes_away()
    {
        var errors = new List<string>();
        await using var db = _database.CreateDbContext(options => options
            .ReplaceService<IExceptionDetector, SqliteCancellationDetector>()
            .LogTo(errors.Add, LogLevel.Error));
        await DatabaseSetup.MigrateAsync(db, CancellationToken.None);
        await FillSearchIndexAsync(db);
        await db.Database.OpenConnectionAsync();
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;

        var wholeSearch = 0;
        SQLitePCL.raw.sqlite3_progress_handler(handle, InstructionsPerStep, _ => { wholeSearch++; return 0; }, null);
        var page = await SearchAsync(db, CancellationToken.None);
        Assert.Equal(Entries, page.Total);

        using var readerLeaves = new CancellationTokenSource();
        var (steps, stepsAfterLeaving) = (0, 0);
        SQLitePCL.raw.sqlite3_progress_handler(handle, InstructionsPerStep, _ =>
        {
            if (++steps == 10)
            {
                readerLeaves.Cancel();
            }
            else if (steps > 10)
            {
                stepsAfterLeaving++;
            }

            return 0;
        }, null);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SearchAsync(db, readerLeaves.Token));
        SQLitePCL.raw.sqlite3_progress_handler(handle, 0, null, null);

        Assert.True(wholeSearch > 100 * 10, $"A whole search took only {wholeSearch} steps; the test needs a longer one.");
        Assert.True(stepsAfterLeaving <= 1, $"The search went on for {stepsAfterLeaving} steps after its reader left.");
        Assert.Empty(errors);
    }

    private static Task<PageOf<SearchHit>> SearchAsync(AtlasDbContext db, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        return SearchQuery.RunAsync(db, SearchWords.Plain(SearchQuery.Terms("treaty")), PageRequest.Parse(null, null, SearchQuery.PageSize, problems),
            problems, cancellationToken);
    }

    /// <summary>Entries that all mention the searched word, so ranking them is long work.</summary>
    private static async Task FillSearchIndexAsync(AtlasDbContext db)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"""
            INSERT INTO "{SearchIndex.Table}" ("Kind", "Key", "Url", "Title", "Body")
            VALUES ('alliances', $key, '/alliances/pact-' || $key, 'Pact ' || $key, $body)
            """;
        var key = insert.Parameters.Add("$key", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        for (var n = 0; n < Entries; n++)
        {
            key.Value = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            body.Value = string.Join(' ', Enumerable.Repeat($"The treaty of pact {n} binds its members.", 1 + (n % 7)));
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        await connection.CloseAsync();
    }
}
