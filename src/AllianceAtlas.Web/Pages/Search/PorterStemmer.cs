using System.Text;

namespace AllianceAtlas.Web.Pages.Search;

/// <summary>
/// Martin Porter's 1980 stemmer, with the choices SQLite's FTS5 "porter" tokenizer makes, so that a snippet cut here
/// marks exactly the words the full-text index matched ("treaty" finds and marks "treaties"; both stem to "treati").
/// Words are expected lower-case and without diacritics, as the index folds them.
/// </summary>
public static class PorterStemmer
{
    /// <summary>FTS5 leaves words shorter than this, or longer than <see cref="LongestStemmed"/>, as they are.</summary>
    private const int ShortestStemmed = 3;
    private const int LongestStemmed = 64;

    private static readonly Rule[] Step1B = [new("eed", "ee", MeasureAbove0), new("ed", "", HasVowel), new("ing", "", HasVowel)];
    private static readonly Rule[] Step1B2 = [new("at", "ate", Always), new("bl", "ble", Always), new("iz", "ize", Always)];

    private static readonly Rule[] Step2 =
    [
        new("ational", "ate", MeasureAbove0), new("tional", "tion", MeasureAbove0), new("enci", "ence", MeasureAbove0),
        new("anci", "ance", MeasureAbove0), new("izer", "ize", MeasureAbove0), new("logi", "log", MeasureAbove0),
        new("bli", "ble", MeasureAbove0), new("alli", "al", MeasureAbove0), new("entli", "ent", MeasureAbove0),
        new("eli", "e", MeasureAbove0), new("ousli", "ous", MeasureAbove0), new("ization", "ize", MeasureAbove0),
        new("ation", "ate", MeasureAbove0), new("ator", "ate", MeasureAbove0), new("alism", "al", MeasureAbove0),
        new("iveness", "ive", MeasureAbove0), new("fulness", "ful", MeasureAbove0), new("ousness", "ous", MeasureAbove0),
        new("aliti", "al", MeasureAbove0), new("iviti", "ive", MeasureAbove0), new("biliti", "ble", MeasureAbove0),
    ];

    private static readonly Rule[] Step3 =
    [
        new("ical", "ic", MeasureAbove0), new("ness", "", MeasureAbove0), new("icate", "ic", MeasureAbove0),
        new("iciti", "ic", MeasureAbove0), new("ful", "", MeasureAbove0), new("ative", "", MeasureAbove0),
        new("alize", "al", MeasureAbove0),
    ];

    private static readonly Rule[] Step4 =
    [
        new("al", "", MeasureAbove1), new("ance", "", MeasureAbove1), new("ence", "", MeasureAbove1),
        new("er", "", MeasureAbove1), new("ic", "", MeasureAbove1), new("able", "", MeasureAbove1),
        new("ible", "", MeasureAbove1), new("ant", "", MeasureAbove1), new("ement", "", MeasureAbove1),
        new("ment", "", MeasureAbove1), new("ent", "", MeasureAbove1), new("ion", "", MeasureAbove1AfterSOrT),
        new("ou", "", MeasureAbove1), new("ism", "", MeasureAbove1), new("ate", "", MeasureAbove1),
        new("iti", "", MeasureAbove1), new("ous", "", MeasureAbove1), new("ive", "", MeasureAbove1),
        new("ize", "", MeasureAbove1),
    ];

    public static string Stem(string word)
    {
        if (Ascii.IsValid(word))
        {
            return StemBytes(word);
        }

        // FTS5 stems UTF-8 bytes: a letter beyond ASCII counts as one consonant per byte, and its bytes count towards
        // the word's length. One char per byte (Latin-1) gives the same rules the same input.
        return Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(StemBytes(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(word)))));
    }

    private static string StemBytes(string word)
    {
        if (word.Length is < ShortestStemmed or > LongestStemmed)
        {
            return word;
        }

        var w = Step1A(word);
        if (Apply(Step1B, ref w) is { Suffix: not "eed" })
        {
            if (Apply(Step1B2, ref w) is null)
            {
                var last = w[^1];
                if (w.Length > 1 && !IsVowel(last, yIsVowel: false) && last is not ('l' or 's' or 'z') && last == w[^2])
                {
                    w = w[..^1];
                }
                else if (Measure(w) == 1 && EndsConsonantVowelConsonant(w))
                {
                    w += "e";
                }
            }
        }

        if (w[^1] == 'y' && HasVowel(w[..^1]))
        {
            w = w[..^1] + "i";
        }

        Apply(Step2, ref w);
        Apply(Step3, ref w);
        Apply(Step4, ref w);

        if (w[^1] == 'e')
        {
            var stem = w[..^1];
            var measure = Measure(stem);
            if (measure > 1 || (measure == 1 && !EndsConsonantVowelConsonant(stem)))
            {
                w = stem;
            }
        }

        if (w.Length > 1 && w.EndsWith("ll", StringComparison.Ordinal) && Measure(w[..^1]) > 1)
        {
            w = w[..^1];
        }

        return w;
    }

    private static string Step1A(string w) =>
        !w.EndsWith('s') ? w
        : (w.Length > 4 && w.EndsWith("sses", StringComparison.Ordinal)) || (w.Length > 3 && w.EndsWith("ies", StringComparison.Ordinal)) ? w[..^2]
        : w.EndsWith("es", StringComparison.Ordinal) ? w[..^1]
        : w.EndsWith("ss", StringComparison.Ordinal) ? w
        : w[..^1];

    /// <summary>
    /// The first rule whose suffix ends the word (leaving a stem of at least one letter) decides: its replacement is
    /// made if its condition holds, and no later rule is tried either way. Returns that rule when it replaced.
    /// </summary>
    private static Rule? Apply(Rule[] rules, ref string w)
    {
        foreach (var rule in rules)
        {
            if (w.Length > rule.Suffix.Length && w.EndsWith(rule.Suffix, StringComparison.Ordinal))
            {
                var stem = w[..^rule.Suffix.Length];
                if (!rule.Condition(stem))
                {
                    return null;
                }

                w = stem + rule.Replacement;
                return rule;
            }
        }

        return null;
    }

    /// <summary>'y' is a vowel after a consonant.</summary>
    private static bool IsVowel(char c, bool yIsVowel) => c is 'a' or 'e' or 'i' or 'o' or 'u' || (yIsVowel && c == 'y');

    /// <summary>Porter's m: how many times a run of vowels is followed by a consonant.</summary>
    private static int Measure(string stem)
    {
        var (measure, consonant, afterVowel) = (0, false, false);
        foreach (var c in stem)
        {
            consonant = !IsVowel(c, yIsVowel: consonant);
            if (!consonant)
            {
                afterVowel = true;
            }
            else if (afterVowel)
            {
                measure++;
                afterVowel = false;
            }
        }

        return measure;
    }

    /// <summary>FTS5's *v*: any of a, e, i, o, u, or a 'y' that is not the first letter.</summary>
    private static bool HasVowel(string stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (IsVowel(stem[i], yIsVowel: i > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Porter's *o: consonant, vowel, consonant at the end, the last not w, x or y.</summary>
    private static bool EndsConsonantVowelConsonant(string stem)
    {
        if (stem.Length == 0 || stem[^1] is 'w' or 'x' or 'y')
        {
            return false;
        }

        var (pattern, consonant) = (0, false);
        foreach (var c in stem)
        {
            consonant = !IsVowel(c, yIsVowel: consonant);
            pattern = ((pattern << 1) | (consonant ? 1 : 0)) & 0b111;
        }

        return pattern == 0b101;
    }

    private static bool Always(string stem) => true;
    private static bool MeasureAbove0(string stem) => Measure(stem) > 0;
    private static bool MeasureAbove1(string stem) => Measure(stem) > 1;
    private static bool MeasureAbove1AfterSOrT(string stem) => stem[^1] is 's' or 't' && Measure(stem) > 1;

    private sealed record Rule(string Suffix, string Replacement, Func<string, bool> Condition);
}
