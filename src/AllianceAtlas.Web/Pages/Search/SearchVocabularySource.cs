namespace AllianceAtlas.Web.Pages.Search;

/// <summary>One entry's searchable words, as <see cref="SearchVocabulary"/> reads them from the index.</summary>
public sealed class SearchVocabularySource
{
    public string? Title { get; set; }
    public string? Body { get; set; }
}
