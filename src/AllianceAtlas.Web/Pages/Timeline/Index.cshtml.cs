using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Timeline;

public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public TimelineFilter Filter { get; set; } = new();

    public List<TimelineEntry> Entries { get; private set; } = [];
    public List<(string Slug, string Name)> AllianceChoices { get; private set; } = [];
    public List<(string Slug, string Title)> TopicChoices { get; private set; } = [];
    public List<string> Problems { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AllianceChoices = (await db.Alliances.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new { a.Slug, a.Name }).ToListAsync(cancellationToken))
            .Select(a => (a.Slug, a.Name)).ToList();
        TopicChoices = (await db.Topics.AsNoTracking().OrderBy(t => t.Order)
            .Select(t => new { t.Slug, t.Title }).ToListAsync(cancellationToken))
            .Select(t => (t.Slug, t.Title)).ToList();

        ExplainAndDropBadFilters();
        Entries = await TimelineQuery.RunAsync(db, Filter, cancellationToken);
    }

    /// <summary>A mistyped shared link still shows a timeline, with a note on what was ignored.</summary>
    private void ExplainAndDropBadFilters()
    {
        Problems.AddRange(Filter.DropUnknown(AllianceChoices.Select(a => a.Slug).ToHashSet(), TopicChoices.Select(t => t.Slug).ToHashSet()));
        if (!ModelState.IsValid)
        {
            Problems.Add("A year must be a whole number such as 1949; a filter that was not was ignored.");
            ModelState.Clear();
        }
    }
}
