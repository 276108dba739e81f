namespace AllianceAtlas.Web.Pages.Search;

/// <summary>An entry as the search index reads it from its table, before its markdown becomes plain text.</summary>
public sealed class SearchIndexSource
{
    public string Kind { get; set; } = "";
    public string Key { get; set; } = "";
    public string Url { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string? Body { get; set; }
}
