namespace AllianceAtlas.Web.Pages.Search;

/// <summary>
/// One thing a search looks for: a word the reader typed, or a name they typed together with the other names it goes
/// by (Turkey and Türkiye). Each alternative is a phrase of words; an entry matches the part when it holds any of them.
/// </summary>
/// <param name="Typed">The reader's own words, matched as prefixes as they always are.</param>
/// <param name="Others">The other names the atlas knows for them, matched as whole words: "UN" must not find "under".</param>
public sealed record SearchPart(IReadOnlyList<string> Typed, IReadOnlyList<IReadOnlyList<string>> Others)
{
    public static SearchPart Word(string word) => new([word], []);
}
