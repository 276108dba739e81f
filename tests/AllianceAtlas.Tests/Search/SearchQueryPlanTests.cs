using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Tests.Search;

/// <summary>
/// How SQLite runs a page of search results. A plan that ranks every match again for each match took minutes for a
/// common word over ten thousand entries, and no result would show it, so the plan itself is checked.
/// </summary>
public sealed class SearchQueryPlanTests : IDisposable
{
    private readonly TemporarySqliteDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_page_of_results_ranks_the_matches_once_then_looks_up_only_that_pages_rows(bool named)
    {
        await using var db = _database.CreateDbContext();
        await DatabaseSetup.MigrateAsync(db, CancellationToken.None);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + SearchQuery.SqlitePageQuery(named)
            .Replace("{0}", "$query", StringComparison.Ordinal)
            .Replace("{1}", "$limit", StringComparison.Ordinal)
            .Replace("{2}", "$offset", StringComparison.Ordinal)
            .Replace("{3}", "$named", StringComparison.Ordinal);
        explain.Parameters.AddWithValue("$query", "\"treaty\"*");
        explain.Parameters.AddWithValue("$limit", 10);
        explain.Parameters.AddWithValue("$offset", 0);
        explain.Parameters.AddWithValue("$named", "treaty");

        var steps = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(3));
            }
        }

        Assert.Equal("MATERIALIZE page", steps[0]);
        var outer = steps.FindIndex(step => step == "SCAN page");
        var lookup = steps.FindLastIndex(step => step.StartsWith("SCAN SearchEntries VIRTUAL TABLE", StringComparison.Ordinal));
        Assert.True(outer > 0 && lookup > outer, string.Join(" | ", steps));
    }
}
