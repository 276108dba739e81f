using System.Globalization;
using System.Text;

namespace AllianceAtlas.Web.Pages.Search;

/// <summary>
/// Cuts a hit's snippet from its text on SQLite: the stretch of <see cref="Words"/> words that holds the most of the
/// searched words, each of them marked with <see cref="MarkStart"/> and <see cref="MarkEnd"/>, like FTS5's snippet().
/// A word is marked when the index would match it: its Porter stem begins with a searched word's stem.
/// </summary>
/// <remarks>
/// FTS5's snippet() tokenized and stemmed every hit's whole text again inside the query, and had to look each hit up
/// in the index once more to do it: more than half of what a search cost. Here a word is stemmed only when its first
/// letter could begin a searched stem (a stem keeps its word's first letter).
/// </remarks>
public static class SearchSnippet
{
    public const int Words = 18;
    public const char MarkStart = '\u0001';
    public const char MarkEnd = '\u0002';
    private const char Ellipsis = '…';

    /// <summary>A stretch that begins a sentence reads better, but not at the cost of a searched word.</summary>
    private const int SentenceBonus = 100;
    private const int FirstSentenceBonus = 120;
    private const int FirstOfItsTermScore = 1000;

    /// <summary>The searched words as the index stems them: worked out once a search, then used for every hit.</summary>
    public static string[] StemsOf(IReadOnlyList<string> terms) =>
        terms.Select(term => PorterStemmer.Stem(Fold(term))).ToArray();

    /// <param name="text">A hit's whole text.</param>
    /// <param name="stems">The searched words' stems, from <see cref="StemsOf"/>.</param>
    public static string Cut(string text, string[] stems)
    {
        var words = WordsOf(text, stems);
        if (words.Count == 0)
        {
            return "";
        }

        var first = BestStretch(words, stems.Length, text);
        var last = Math.Min(first + Words, words.Count) - 1;
        var snippet = new StringBuilder(capacity: (words[last].End - words[first].Start) + 32);
        if (first > 0)
        {
            snippet.Append(Ellipsis);
        }

        // Whatever stands before the first word or after the last (a quotation mark, a full stop) belongs to a
        // stretch that reaches the text's start or end.
        var position = first == 0 ? 0 : words[first].Start;
        for (var i = first; i <= last; i++)
        {
            var word = words[i];
            snippet.Append(text, position, word.Start - position);
            if (word.Term >= 0)
            {
                snippet.Append(MarkStart).Append(text, word.Start, word.End - word.Start).Append(MarkEnd);
            }
            else
            {
                snippet.Append(text, word.Start, word.End - word.Start);
            }

            position = word.End;
        }

        if (last < words.Count - 1)
        {
            snippet.Append(Ellipsis);
        }
        else
        {
            snippet.Append(text, position, text.Length - position);
        }

        return snippet.ToString();
    }

    /// <summary>Lower case without diacritics, as the index's unicode61 tokenizer folds words.</summary>
    public static string Fold(string word)
    {
        if (Ascii.IsValid(word))
        {
            return word.ToLowerInvariant();
        }

        var folded = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString();
    }

    /// <summary>The text's words (runs of letters, digits and marks, as unicode61 splits them), each with the searched word it matches.</summary>
    private static List<Word> WordsOf(string text, string[] stems)
    {
        var words = new List<Word>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && IsWordCharacter(text[i]))
            {
                start = start < 0 ? i : start;
            }
            else if (start >= 0)
            {
                words.Add(new Word(start, i, TermOf(text.AsSpan(start, i - start), stems)));
                start = -1;
            }
        }

        return words;
    }

    private static bool IsWordCharacter(char c) => char.IsAscii(c)
        ? char.IsAsciiLetterOrDigit(c)
        : CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.PrivateUse;

    /// <summary>Which searched word this one matches, or -1.</summary>
    private static int TermOf(ReadOnlySpan<char> word, string[] stems)
    {
        var initial = char.IsAscii(word[0]) ? char.ToLowerInvariant(word[0]) : '\0';
        string? stem = null;
        for (var term = 0; term < stems.Length; term++)
        {
            if (initial != '\0' && stems[term][0] != initial)
            {
                continue;
            }

            stem ??= PorterStemmer.Stem(Fold(word.ToString()));
            if (stem.StartsWith(stems[term], StringComparison.Ordinal))
            {
                return term;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where the best stretch begins, chosen as FTS5 chooses: for each match, the stretch that centres it and the
    /// matches after it, and the stretch from the start of its sentence, which earns a bonus. The most different
    /// searched words count first, then the most matches; the first of equals wins.
    /// </summary>
    private static int BestStretch(List<Word> words, int termCount, string text)
    {
        var (bestFirst, bestScore, sentenceStart) = (0, -1, 0);
        var seen = new bool[termCount];
        for (var hit = 0; hit < words.Count; hit++)
        {
            if (hit > 0 && BeginsSentence(words, hit, text))
            {
                sentenceStart = hit;
            }

            if (words[hit].Term < 0)
            {
                continue;
            }

            var (score, lastHit) = Score(words, hit, seen);
            var centred = Math.Clamp(hit - ((Words - (lastHit - hit + 1)) / 2), 0, Math.Max(0, words.Count - Words));
            if (score > bestScore)
            {
                (bestFirst, bestScore) = (centred, score);
            }

            if (sentenceStart < hit && words.Count > Words)
            {
                var fromSentence = Score(words, sentenceStart, seen).Score + (sentenceStart == 0 ? FirstSentenceBonus : SentenceBonus);
                if (fromSentence > bestScore)
                {
                    (bestFirst, bestScore) = (sentenceStart, fromSentence);
                }
            }
        }

        return bestFirst;
    }

    /// <summary>What the stretch from <paramref name="first"/> holds, and where its last match is.</summary>
    private static (int Score, int LastHit) Score(List<Word> words, int first, bool[] seen)
    {
        Array.Clear(seen);
        var (score, lastHit) = (0, first);
        for (var i = first; i < Math.Min(first + Words, words.Count); i++)
        {
            if (words[i].Term >= 0)
            {
                score += seen[words[i].Term] ? 1 : FirstOfItsTermScore;
                seen[words[i].Term] = true;
                lastHit = i;
            }
        }

        return (score, lastHit);
    }

    /// <summary>After a full stop or colon and a space, as FTS5 finds sentences.</summary>
    private static bool BeginsSentence(List<Word> words, int index, string text)
    {
        var between = text.AsSpan(words[index - 1].End, words[index].Start - words[index - 1].End);
        var trimmed = between.TrimEnd();
        return trimmed.Length < between.Length && trimmed.Length > 0 && trimmed[^1] is '.' or ':';
    }

    private readonly record struct Word(int Start, int End, int Term);
}
