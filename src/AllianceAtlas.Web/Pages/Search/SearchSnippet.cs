using System.Buffers;
using System.Globalization;
using System.Text;

namespace AllianceAtlas.Web.Pages.Search;

/// <summary>
/// Cuts the snippets of one search's hits on SQLite: from each hit's text, the stretch of <see cref="Words"/> words
/// that holds the most of the searched words, each of them marked with <see cref="MarkStart"/> and
/// <see cref="MarkEnd"/>, like FTS5's snippet(). A word is marked when the index would match it: its Porter stem begins
/// with a searched word's stem.
/// </summary>
/// <remarks>
/// FTS5's snippet() tokenized and stemmed every hit's whole text again inside the query, and had to look each hit up
/// in the index once more to do it: more than half of what a search cost. Here a word is stemmed only when its first
/// letter could begin a searched stem (a stem keeps its word's first letter), and only once a search: the texts of a
/// page repeat most of their words.
/// </remarks>
public sealed class SearchSnippet
{
    public const int Words = 18;
    public const char MarkStart = '\u0001';
    public const char MarkEnd = '\u0002';
    private const char Ellipsis = '…';

    /// <summary>A stretch that begins a sentence reads better, but not at the cost of a searched word.</summary>
    private const int SentenceBonus = 100;
    private const int FirstSentenceBonus = 120;
    private const int FirstOfItsTermScore = 1000;

    private static readonly SearchValues<char> AsciiWordCharacters =
        SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly SearchValues<char> AsciiBetweenWords = SearchValues.Create(
        Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsAsciiLetterOrDigit(c)).ToArray());

    /// <summary>The searched words as the index stems them.</summary>
    private readonly string[] _stems;

    /// <summary>The first letters of <see cref="_stems"/>: no other word can match.</summary>
    private readonly string _initials;

    /// <summary>Which searched word a word of the texts matches (or -1), by the word as it is written.</summary>
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _termOfWord =
        new Dictionary<string, int>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words of the text being cut; kept from one text to the next, so a page allocates it once.</summary>
    private readonly List<Word> _words = [];

    /// <param name="terms">The searched words, as <see cref="SearchQuery.Terms"/> found them.</param>
    public SearchSnippet(IReadOnlyList<string> terms)
    {
        _stems = terms.Select(term => PorterStemmer.Stem(Fold(term))).ToArray();
        _initials = string.Concat(_stems.Select(stem => stem[0]));
    }

    /// <param name="text">A hit's whole text.</param>
    public string Cut(string text)
    {
        var words = WordsOf(text);
        if (words.Count == 0)
        {
            return "";
        }

        var first = BestStretch(words, _stems.Length, text);
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
    /// <remarks>
    /// Runs of ASCII letters and digits, and of ASCII characters between words, are found with vectorised searches;
    /// only a character outside ASCII is looked at on its own. Testing every character took most of a page's cost.
    /// </remarks>
    private List<Word> WordsOf(string text)
    {
        _words.Clear();
        var position = 0;
        while (true)
        {
            var start = NextWordStart(text, position);
            if (start < 0)
            {
                return _words;
            }

            var end = WordEnd(text, start);
            _words.Add(new Word(start, end, TermOf(text.AsSpan(start, end - start))));
            position = end;
        }
    }

    /// <summary>Where the first word at or after <paramref name="position"/> begins, or -1.</summary>
    private static int NextWordStart(string text, int position)
    {
        while (position < text.Length)
        {
            var found = text.AsSpan(position).IndexOfAnyExcept(AsciiBetweenWords);
            if (found < 0)
            {
                return -1;
            }

            position += found;
            if (char.IsAscii(text[position]) || IsWordCharacter(text[position]))
            {
                return position;
            }

            position++;
        }

        return -1;
    }

    /// <summary>Where the word that begins at <paramref name="start"/> ends.</summary>
    private static int WordEnd(string text, int start)
    {
        var position = start + 1;
        while (position < text.Length)
        {
            var found = text.AsSpan(position).IndexOfAnyExcept(AsciiWordCharacters);
            if (found < 0)
            {
                return text.Length;
            }

            position += found;
            if (char.IsAscii(text[position]) || !IsWordCharacter(text[position]))
            {
                return position;
            }

            position++;
        }

        return text.Length;
    }

    /// <summary>Whether a character belongs to a word, as unicode61 decides it; asked only outside ASCII.</summary>
    private static bool IsWordCharacter(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.PrivateUse;

    /// <summary>Which searched word this one matches, or -1.</summary>
    private int TermOf(ReadOnlySpan<char> word)
    {
        if (char.IsAscii(word[0]) && _initials.IndexOf(char.ToLowerInvariant(word[0])) < 0)
        {
            return -1;
        }

        if (_termOfWord.TryGetValue(word, out var known))
        {
            return known;
        }

        // A loop, not Array.FindIndex: a lambda would capture the stem, and C# allocates such a closure on entering the
        // method, so every word would pay for it, even those the first letter turns away above.
        var stemmed = PorterStemmer.Stem(Fold(word.ToString()));
        var term = 0;
        while (term < _stems.Length && !stemmed.StartsWith(_stems[term], StringComparison.Ordinal))
        {
            term++;
        }

        return _termOfWord[word] = term < _stems.Length ? term : -1;
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
