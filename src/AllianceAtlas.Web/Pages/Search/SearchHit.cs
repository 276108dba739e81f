namespace AllianceAtlas.Web.Pages.Search;

/// <summary>One row of a search, as the FTS5 query returns it.</summary>
public sealed class SearchHit
{
    public string Kind { get; set; } = "";
    public string Key { get; set; } = "";
    public string Url { get; set; } = "";
    public string Title { get; set; } = "";
    public string Snippet { get; set; } = "";
    public double Rank { get; set; }
}
