using System.Text.RegularExpressions;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Search;

/// <summary>
/// Turns what a reader typed into a safe full-text query (SQLite FTS5 or PostgreSQL tsquery): words only, each
/// matched as a prefix, so punctuation and search operators can never break the query.
/// </summary>
public static partial class SearchQuery
{
    public const int MaxLength = 200;
    public const int MaxTerms = 12;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    public static IReadOnlyList<string> Terms(string text) =>
        Words().Matches(text).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTerms).ToList();

    /// <summary>
    /// The words as an FTS5 query: every part must match; the reader's words are prefixes, the other names a part goes
    /// by are whole words. Every word comes from <see cref="Terms"/> or the atlas's own names, so none holds a quote.
    /// </summary>
    public static string ToFts(SearchWords words)
    {
        var grouped = words.Parts.Any(part => part.Others.Count > 0);
        return string.Join(grouped ? " AND " : " ", words.Parts.Select(part => part.Others.Count == 0
            ? FtsPhrase(part.Typed) + "*"
            : $"({string.Join(" OR ", part.Others.Select(FtsPhrase).Prepend(FtsPhrase(part.Typed) + "*"))})"));

        static string FtsPhrase(IReadOnlyList<string> phrase) => $"\"{string.Join(' ', phrase)}\"";
    }

    /// <summary>The same as a PostgreSQL tsquery: phrases joined by <c>&lt;-&gt;</c>, the reader's last word a prefix.</summary>
    public static string ToTsQuery(SearchWords words) =>
        string.Join(" & ", words.Parts.Select(part => part.Others.Count == 0
            ? TsPhrase(part.Typed, prefix: true)
            : $"({string.Join(" | ", part.Others.Select(name => TsPhrase(name, prefix: false)).Prepend(TsPhrase(part.Typed, prefix: true)))})"));

    private static string TsPhrase(IReadOnlyList<string> phrase, bool prefix) =>
        string.Join(" <-> ", phrase) + (prefix ? ":*" : "");

    /// <summary>
    /// One page of results on SQLite, each with its whole text, from which <see cref="SearchSnippet"/> cuts the snippet.
    /// The matches are ranked once (MATERIALIZED) and only the page's rows are read again (CROSS JOIN keeps that
    /// order): left to itself, SQLite may rank every match once per match, which for a word in ten thousand entries
    /// takes minutes. Titles weigh ten times the text. When the words name an entry (see <see cref="BestBet"/>), that
    /// entry comes first; the check reads every match's address, which doubles the time a common word takes, so the
    /// query makes it only when such an entry exists.
    /// </summary>
    public static string SqlitePageQuery(bool named) => $$"""
        WITH page AS MATERIALIZED (
            SELECT rowid AS Id, bm25(SearchEntries, 0.0, 0.0, 0.0, 10.0, 1.0) AS Rank,
                   {{(named ? NamedEntry : "0")}} AS Named
            FROM SearchEntries
            WHERE SearchEntries MATCH {0}
            ORDER BY Named DESC, Rank, rowid
            LIMIT {1} OFFSET {2})
        SELECT Kind, Key, Url, Title, Body AS Snippet, page.Rank AS Rank
        FROM page CROSS JOIN SearchEntries ON SearchEntries.rowid = page.Id
        ORDER BY page.Named DESC, page.Rank, page.Id
        """;

    /// <summary>True for the entry whose address the words spell ({3} is <see cref="BestBet"/>); SQLite and PostgreSQL alike.</summary>
    private const string NamedEntry = "\"Url\" IN ('/alliances/' || {3}, '/topics/' || {3}, '/countries/' || {3})";

    /// <summary>
    /// How many entries match ({0}), and whether an alliance, topic or country has the address the words spell ({1} is
    /// <see cref="BestBet"/>; one lookup in each one's index). One statement, so a search runs two on SQLite, not three.
    /// </summary>
    private const string SqliteTally = """
        SELECT (SELECT count(*) FROM SearchEntries WHERE SearchEntries MATCH {0}) AS Total,
               EXISTS (SELECT 1 FROM Alliances WHERE Slug = {1})
            OR EXISTS (SELECT 1 FROM Topics WHERE Slug = {1})
            OR EXISTS (SELECT 1 FROM Countries WHERE Code = upper({1})) AS Named
        """;

    /// <summary>
    /// The address an entry would have if the words were its name: "nato" names /alliances/nato, "warsaw pact"
    /// /alliances/warsaw-pact. Such an entry is what the reader is after, though many shorter entries (every "NATO's …
    /// summit") mention the words more densely than its own long page does.
    /// </summary>
    public static string BestBet(IReadOnlyList<string> terms) => string.Join('-', terms).ToLowerInvariant();

    /// <summary>Results a page unless <c>?pageSize=</c> asks otherwise.</summary>
    public const int PageSize = 10;

    /// <summary>
    /// Counts the matches, then ranks them and makes snippets for this page's rows only: a snippet reads the whole
    /// text of its entry again, so it is made for nothing a reader does not see.
    /// </summary>
    public static async Task<PageOf<SearchHit>> RunAsync(
        AtlasDbContext db, SearchWords words, PageRequest page, List<string> problems, CancellationToken cancellationToken)
    {
        // One connection for both statements: left to itself, EF Core opens one per statement, and each opening of a
        // pooled SQLite connection registers EF Core's SQL functions on it again.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (db.Database.IsNpgsql())
            {
                return await RunOnPostgresAsync(db, words, page, problems, cancellationToken);
            }

            // Npgsql cancels a running statement when the reader goes away; SQLite does not, and a common word over ten
            // thousand entries takes tens of milliseconds to rank, which under load were spent on pages nobody would
            // read. Interrupting the statement stops that work. The registration ends before the connection goes back
            // to the pool, so a late cancellation cannot interrupt the next request's statement.
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            using var interruption = cancellationToken.Register(Interrupt, connection);
            try
            {
                return await RunOnSqliteAsync(db, words, page, problems, cancellationToken);
            }
            catch (SqliteException e) when (SqliteCancellationDetector.IsInterruption(e, cancellationToken))
            {
                throw new OperationCanceledException("The reader went away; the search was interrupted.", e, cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Interrupt(object? connection)
    {
        if (((SqliteConnection)connection!).Handle is { } handle)
        {
            SQLitePCL.raw.sqlite3_interrupt(handle);
        }
    }

    private static async Task<PageOf<SearchHit>> RunOnSqliteAsync(
        AtlasDbContext db, SearchWords words, PageRequest page, List<string> problems, CancellationToken cancellationToken)
    {
        var (query, bestBet) = (ToFts(words), words.BestBet);
        var tally = await db.Database.SqlQueryRaw<SearchTally>(SqliteTally, query, bestBet).SingleAsync(cancellationToken);
        var number = page.NumberWithin(tally.Total, problems);
        var hits = await db.Database.SqlQueryRaw<SearchHit>(
                SqlitePageQuery(tally.Named), query, page.Size, (number - 1) * page.Size, bestBet)
            .ToListAsync(cancellationToken);
        var snippets = new SearchSnippet(words.Marked);
        foreach (var hit in hits)
        {
            hit.Snippet = snippets.Cut(hit.Snippet);
        }

        return new PageOf<SearchHit>(hits, number, page.Size, tally.Total);
    }

    private static async Task<PageOf<SearchHit>> RunOnPostgresAsync(
        AtlasDbContext db, SearchWords words, PageRequest page, List<string> problems, CancellationToken cancellationToken)
    {
        var (query, bestBet) = (ToTsQuery(words), words.BestBet);
        var total = await db.Database.SqlQueryRaw<int>("""
                SELECT CAST(count(*) AS integer) AS "Value" FROM "SearchEntries" WHERE "Document" @@ to_tsquery('atlas', {0})
                """, query)
            .SingleAsync(cancellationToken);
        var number = page.NumberWithin(total, problems);
        var hits = await db.Database.SqlQueryRaw<SearchHit>(
                // The same order as on SQLite: the entry the words name, then titles (weight A) ten times the text (B).
                $$"""
                SELECT "Kind", "Key", "Url", "Title",
                       ts_headline('atlas', "Body", query,
                           'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', MaxWords=18, MinWords=8, MaxFragments=1, FragmentDelimiter=…') AS "Snippet",
                       "Rank"
                FROM (SELECT "Kind", "Key", "Url", "Title", "Body",
                             CAST(-ts_rank(ARRAY[0.01, 0.02, 0.1, 1.0]::real[], "Document", query) AS double precision) AS "Rank",
                             {{NamedEntry}} AS "Named"
                      FROM "SearchEntries", to_tsquery('atlas', {0}) AS query
                      WHERE "Document" @@ query
                      ORDER BY "Named" DESC, "Rank", "Kind", "Key"
                      LIMIT {1} OFFSET {2}) AS page,
                     to_tsquery('atlas', {0}) AS query
                ORDER BY "Named" DESC, "Rank", "Kind", "Key"
                """,
                query, page.Size, (number - 1) * page.Size, bestBet)
            .ToListAsync(cancellationToken);
        return new PageOf<SearchHit>(hits, number, page.Size, total);
    }
}
