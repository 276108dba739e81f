namespace AllianceAtlas.Web.Pages.Search;

/// <summary>What one search looks for: every part must match, and the entry the words name, if any, comes first.</summary>
/// <param name="Parts">The parts, every one of which an entry must match.</param>
/// <param name="BestBet">The slug or country code of the entry the words name (see <see cref="SearchQuery.BestBet"/>).</param>
public sealed record SearchWords(IReadOnlyList<SearchPart> Parts, string BestBet)
{
    private static readonly HashSet<string> TooCommonToMark = new(StringComparer.OrdinalIgnoreCase) { "the", "and", "for", "of" };

    /// <summary>The reader's words as they are, with no other names.</summary>
    public static SearchWords Plain(IReadOnlyList<string> terms) =>
        new([.. terms.Select(SearchPart.Word)], SearchQuery.BestBet(terms));

    /// <summary>
    /// The words a snippet marks: the reader's, and the other names' words long enough that marking every word they
    /// begin would not mislead (a snippet marks by prefix, and "UN" begins "under").
    /// </summary>
    public IReadOnlyList<string> Marked =>
    [
        .. Parts.SelectMany(part => part.Typed.Concat(part.Others.SelectMany(name => name)
                .Where(word => word.Length >= 3 && !TooCommonToMark.Contains(word))))
            .Distinct(StringComparer.OrdinalIgnoreCase),
    ];
}
