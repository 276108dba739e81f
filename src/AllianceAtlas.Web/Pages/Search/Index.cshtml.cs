using System.Net;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Shared;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceAtlas.Web.Pages.Search;

public sealed class IndexModel(AtlasDbContext db, SearchLexicon lexicon) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    // From the query string only: Razor Pages keeps its own "page" route value, which would win otherwise.
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true), FromQuery(Name = "pageSize")]
    public int? RequestedPageSize { get; set; }

    public string? Problem { get; private set; }

    /// <summary>Notes on the page asked for, such as one past the end; the results are still shown.</summary>
    public List<string> PageProblems { get; } = [];

    public PageOf<SearchHit> Hits { get; private set; } = new([], 1, SearchQuery.PageSize, 0);

    /// <summary>The words searched for instead when the reader's found nothing and a spelling slip explains it.</summary>
    public string? Correction { get; private set; }
    public PageLinks Pages => PageLinks.For(Request, Hits);

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

        var page = PageRequest.Parse(PageNumber, RequestedPageSize, SearchQuery.PageSize, PageProblems);
        var names = await lexicon.NamesAsync(db, cancellationToken);
        var problems = new List<string>();
        Hits = await SearchQuery.RunAsync(db, names.Expand(terms), page, problems, cancellationToken);
        if (Hits.Total == 0 && (await lexicon.VocabularyAsync(db, cancellationToken)).Correct(terms) is { } corrected)
        {
            var correctedProblems = new List<string>();
            var correctedHits = await SearchQuery.RunAsync(db, names.Expand(corrected), page, correctedProblems, cancellationToken);
            if (correctedHits.Total > 0)
            {
                (Correction, Hits, problems) = (string.Join(' ', corrected), correctedHits, correctedProblems);
            }
        }

        PageProblems.AddRange(problems);
    }

    /// <summary>The snippet with the matched words marked, everything else escaped.</summary>
    public static HtmlString Highlight(string snippet) => new(WebUtility.HtmlEncode(snippet)
        .Replace(SearchSnippet.MarkStart.ToString(), "<mark>", StringComparison.Ordinal)
        .Replace(SearchSnippet.MarkEnd.ToString(), "</mark>", StringComparison.Ordinal));

    public static string Heading(string kind) => kind switch
    {
        "alliances" => "Alliances and organisations",
        "events" => "Events",
        "topics" => "Topics",
        "countries" => "Countries",
        _ => kind,
    };
}
