namespace AllianceAtlas.Web.Pages.Search;

/// <summary>How many entries a search matches, and whether the words name one of them (see <see cref="SearchQuery.BestBet"/>).</summary>
public sealed class SearchTally
{
    public int Total { get; set; }
    public bool Named { get; set; }
}
