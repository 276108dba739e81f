using System.Text.RegularExpressions;
using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Search;

/// <summary>
/// Every word the searchable text holds, folded as the index folds it, with how often it occurs: what a misspelt
/// search is corrected against ("nato allainces" becomes "nato alliances"), so a suggestion is always a word the
/// atlas has.
/// </summary>
public sealed partial class SearchVocabulary
{
    /// <summary>Shorter words have too many neighbours one letter away for a guess to be right often enough.</summary>
    private const int ShortestCorrected = 4;

    private readonly string[] _sorted;
    private readonly Dictionary<string, int> _counts;

    private SearchVocabulary(Dictionary<string, int> counts)
    {
        _counts = counts;
        _sorted = [.. counts.Keys.Order(StringComparer.Ordinal)];
    }

    public int Count => _sorted.Length;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>Reads the index's titles and texts once: the index holds exactly what readers can find.</summary>
    public static async Task<SearchVocabulary> ReadAsync(AtlasDbContext db, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var entry in db.Database
                           .SqlQueryRaw<SearchVocabularySource>($"SELECT \"Title\", \"Body\" FROM \"{SearchIndex.Table}\"")
                           .AsAsyncEnumerable()
                           .WithCancellation(cancellationToken))
        {
            Count(entry.Title);
            Count(entry.Body);
        }

        return new SearchVocabulary(counts);

        void Count(string? text)
        {
            foreach (var match in Word().EnumerateMatches(text ?? ""))
            {
                var word = text!.AsSpan(match.Index, match.Length);
                if (!word.ContainsAnyExceptInRange('0', '9'))
                {
                    continue;
                }

                var folded = SearchSnippet.Fold(word.ToString());
                counts[folded] = counts.GetValueOrDefault(folded) + 1;
            }
        }
    }

    /// <summary>True when some word of the atlas begins with <paramref name="folded"/>, as a search's prefix match asks.</summary>
    public bool Knows(string folded)
    {
        var at = Array.BinarySearch(_sorted, folded, StringComparer.Ordinal);
        return at >= 0 || (~at < _sorted.Length && _sorted[~at].StartsWith(folded, StringComparison.Ordinal));
    }

    /// <summary>
    /// The words with each one the atlas does not have replaced by its nearest word (one typing slip away, two for
    /// long words: a letter added, dropped, changed or two swapped), the commoner word winning a tie; null when no
    /// word needed or found a correction.
    /// </summary>
    public IReadOnlyList<string>? Correct(IReadOnlyList<string> terms)
    {
        var corrected = terms.Select(term =>
        {
            var folded = SearchSnippet.Fold(term);
            return folded.Length < ShortestCorrected || !folded.ContainsAnyExceptInRange('0', '9') || Knows(folded)
                ? term
                : Nearest(folded) ?? term;
        }).ToList();
        return corrected.SequenceEqual(terms) ? null : corrected;
    }

    private string? Nearest(string word)
    {
        var allowed = word.Length <= 7 ? 1 : 2;
        string? best = null;
        var (bestDistance, bestCount) = (int.MaxValue, 0);
        foreach (var candidate in _sorted)
        {
            if (Math.Abs(candidate.Length - word.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(word, candidate, allowed);
            var count = _counts[candidate];
            if (distance <= allowed && (distance < bestDistance || (distance == bestDistance && count > bestCount)))
            {
                (best, bestDistance, bestCount) = (candidate, distance, count);
            }
        }

        return best;
    }

    /// <summary>
    /// Optimal string alignment distance (Levenshtein with adjacent swaps), given up as soon as it must exceed
    /// <paramref name="limit"/>.
    /// </summary>
    public static int Distance(string a, string b, int limit)
    {
        var (twoBack, previous, current) = (new int[b.Length + 1], new int[b.Length + 1], new int[b.Length + 1]);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], twoBack[j - 2] + 1);
                }

                rowBest = Math.Min(rowBest, current[j]);
            }

            if (rowBest > limit)
            {
                return limit + 1;
            }

            (twoBack, previous, current) = (previous, current, twoBack);
        }

        return previous[b.Length];
    }
}
