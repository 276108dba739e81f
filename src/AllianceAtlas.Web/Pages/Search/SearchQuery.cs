using System.Text.RegularExpressions;
using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Search;

/// <summary>
/// Turns what a reader typed into a safe FTS5 query: words only, each quoted and matched as a prefix,
/// so punctuation and FTS operators can never break the query.
/// </summary>
public static partial class SearchQuery
{
    public const int MaxLength = 200;
    public const int MaxTerms = 12;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    public static IReadOnlyList<string> Terms(string text) =>
        Words().Matches(text).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxTerms).ToList();

    public static string ToFts(IReadOnlyList<string> terms) =>
        string.Join(' ', terms.Select(term => $"\"{term}\"*"));

    public static async Task<List<SearchHit>> RunAsync(AtlasDbContext db, IReadOnlyList<string> terms, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<SearchHit>(
                // Titles weigh ten times the text; the markers \u0001 and \u0002 become <mark> once the snippet is escaped.
                """
                SELECT Kind, Key, Url, Title,
                       snippet(SearchEntries, 4, char(1), char(2), '…', 18) AS Snippet,
                       bm25(SearchEntries, 0.0, 0.0, 0.0, 10.0, 1.0) AS Rank
                FROM SearchEntries
                WHERE SearchEntries MATCH {0}
                ORDER BY Rank
                LIMIT 100
                """,
                ToFts(terms))
            .ToListAsync(cancellationToken);
}
