using System.Text.RegularExpressions;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Rendering;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Search;

/// <summary>
/// The full-text table behind /search (FTS5 on SQLite, a tsvector column with a GIN index on PostgreSQL). It holds published entries only and is refreshed whenever the
/// content is imported or an editor saves, so a search never shows what readers cannot open.
/// </summary>
public static partial class SearchIndex
{
    public const string Table = "SearchEntries";

    public static async Task RebuildAsync(AtlasDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{Table}\";", cancellationToken);
        foreach (var kind in Kinds)
        {
            await InsertAsync(db, kind, key: null, cancellationToken);
        }
    }

    /// <summary>Brings one entry's row up to date: gone when it was deleted or unpublished.</summary>
    public static async Task UpdateAsync(AtlasDbContext db, string kind, string key, CancellationToken cancellationToken)
    {
        if (!Kinds.Contains(kind))
        {
            return;
        }

        await db.Database.ExecuteSqlAsync($"DELETE FROM \"SearchEntries\" WHERE \"Kind\" = {kind} AND \"Key\" = {key};", cancellationToken);
        await InsertAsync(db, kind, key, cancellationToken);
    }

    private static readonly string[] Kinds = ["alliances", "events", "topics", "countries"];

    /// <summary>Rows a statement: few enough statements for ten thousand entries, few enough parameters for either database.</summary>
    private const int RowsPerInsert = 100;

    /// <summary>
    /// Indexes the words readers see: markdown becomes plain text first, so a snippet never shows link syntax or a
    /// heading's '#', and a word that appears only in a link's address does not match.
    /// </summary>
    private static async Task InsertAsync(AtlasDbContext db, string kind, string? key, CancellationToken cancellationToken)
    {
        // Quoted names and CAST(... AS TEXT) read the same on SQLite and PostgreSQL, so one statement serves both.
        var select = kind switch
        {
            "alliances" => """
                SELECT 'alliances' AS "Kind", CAST("Id" AS TEXT) AS "Key", '/alliances/' || "Slug" AS "Url",
                       "Name" || COALESCE(' (' || "ShortName" || ')', '') AS "Title", "Summary", "Body"
                FROM "Alliances" WHERE "IsPublished" {1}
                """,
            "events" => """
                SELECT 'events' AS "Kind", CAST("Id" AS TEXT) AS "Key",
                       CASE WHEN "IsTurningPoint" THEN '/turning-points/' || "Slug" ELSE '/events/' || "Slug" END AS "Url",
                       "Title", "Summary", "Body"
                FROM "Events" WHERE "IsPublished" {1}
                """,
            "topics" => """
                SELECT 'topics' AS "Kind", CAST("Id" AS TEXT) AS "Key", '/topics/' || "Slug" AS "Url", "Title", "Summary", "Body"
                FROM "Topics" WHERE "IsPublished" {1}
                """,
            "countries" => """
                SELECT 'countries' AS "Kind", "Code" AS "Key", '/countries/' || lower("Code") AS "Url", "Name" AS "Title",
                       COALESCE("Note", '') AS "Summary", NULL AS "Body"
                FROM "Countries" WHERE 1 = 1 {2}
                """,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a searchable kind"),
        };
        // The SQL is built from constants only; the one value, the key, goes in as a parameter.
        var sql = select.Replace("{1}", key is null ? "" : "AND CAST(\"Id\" AS TEXT) = {0}", StringComparison.Ordinal)
            .Replace("{2}", key is null ? "" : "AND \"Code\" = {0}", StringComparison.Ordinal);
        var entries = await db.Database.SqlQueryRaw<SearchIndexSource>(sql, key is null ? [] : [key]).ToListAsync(cancellationToken);

        foreach (var rows in entries.Chunk(RowsPerInsert))
        {
            var values = string.Join(", ", rows.Select((_, row) =>
                $"({{{row * 5}}}, {{{row * 5 + 1}}}, {{{row * 5 + 2}}}, {{{row * 5 + 3}}}, {{{row * 5 + 4}}})"));
            var parameters = rows.SelectMany(entry => new object[]
            {
                entry.Kind, entry.Key, entry.Url, entry.Title,
                TextOf(entry.Summary, entry.Body),
            });
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO \"{Table}\" (\"Kind\", \"Key\", \"Url\", \"Title\", \"Body\") VALUES {values};",
                parameters, cancellationToken);
#pragma warning restore EF1002
        }
    }

    /// <summary>What the index holds as an entry's text, and what its search snippets are cut from.</summary>
    public static string TextOf(string summary, string? markdownBody) =>
        markdownBody is null ? summary : summary + " " + OneLine(MarkdownRenderer.ToPlainText(markdownBody));

    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
