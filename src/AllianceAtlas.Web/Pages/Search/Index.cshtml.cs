using System.Net;
using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceAtlas.Web.Pages.Search;

public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public string? Problem { get; private set; }

    public List<SearchHit> Hits { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Query is null && !Request.Query.ContainsKey("q"))
        {
            return;
        }

        Query ??= "";

        if (Query.Length > SearchQuery.MaxLength)
        {
            Problem = $"That search is {Query.Length} characters long; try at most {SearchQuery.MaxLength}, a few words are enough.";
            return;
        }

        var terms = SearchQuery.Terms(Query);
        if (terms.Count == 0)
        {
            Problem = "Type one or more words to search for, such as “Warsaw” or “collective defence”.";
            return;
        }

        Hits = await SearchQuery.RunAsync(db, terms, cancellationToken);
    }

    /// <summary>The snippet with the matched words marked, everything else escaped.</summary>
    public static HtmlString Highlight(string snippet) => new(WebUtility.HtmlEncode(snippet)
        .Replace("\u0001", "<mark>", StringComparison.Ordinal)
        .Replace("\u0002", "</mark>", StringComparison.Ordinal));

    public static string Heading(string kind) => kind switch
    {
        "alliances" => "Alliances and organisations",
        "events" => "Events",
        "topics" => "Topics",
        "countries" => "Countries",
        _ => kind,
    };
}
