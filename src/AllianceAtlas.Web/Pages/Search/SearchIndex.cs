using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Search;

/// <summary>
/// The full-text table behind /search (FTS5 on SQLite, a tsvector column with a GIN index on PostgreSQL). It holds published entries only and is refreshed whenever the
/// content is imported or an editor saves, so a search never shows what readers cannot open.
/// </summary>
public static class SearchIndex
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

    private static async Task InsertAsync(AtlasDbContext db, string kind, string? key, CancellationToken cancellationToken)
    {
        // Quoted names and CAST(... AS TEXT) read the same on SQLite and PostgreSQL, so one statement serves both.
        var select = kind switch
        {
            "alliances" => """
                SELECT 'alliances', CAST("Id" AS TEXT), '/alliances/' || "Slug", "Name" || COALESCE(' (' || "ShortName" || ')', ''), "Summary" || ' ' || "Body"
                FROM "Alliances" WHERE "IsPublished" {1}
                """,
            "events" => """
                SELECT 'events', CAST("Id" AS TEXT),
                       CASE WHEN "IsTurningPoint" THEN '/turning-points/' || "Slug"
                            ELSE '/timeline?from=' || substr(CAST("Date" AS TEXT), 1, 4) || '&to=' || substr(CAST("Date" AS TEXT), 1, 4) || '#' || "Slug" END,
                       "Title", "Summary" || ' ' || "Body"
                FROM "Events" WHERE "IsPublished" {1}
                """,
            "topics" => """
                SELECT 'topics', CAST("Id" AS TEXT), '/topics/' || "Slug", "Title", "Summary" || ' ' || "Body"
                FROM "Topics" WHERE "IsPublished" {1}
                """,
            "countries" => """
                SELECT 'countries', "Code", '/countries/' || lower("Code"), "Name", COALESCE("Note", '')
                FROM "Countries" WHERE 1 = 1 {2}
                """,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a searchable kind"),
        };
        // The SQL is built from constants only; the one value, the key, goes in as a parameter.
        var sql = select.Replace("{1}", key is null ? "" : "AND CAST(\"Id\" AS TEXT) = {0}", StringComparison.Ordinal)
            .Replace("{2}", key is null ? "" : "AND \"Code\" = {0}", StringComparison.Ordinal);
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync($"INSERT INTO \"{Table}\" (\"Kind\", \"Key\", \"Url\", \"Title\", \"Body\") {sql};",
            key is null ? [] : [key], cancellationToken);
#pragma warning restore EF1002
    }
}
