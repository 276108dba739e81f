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
    public DateOnly? NextStart { get; private set; }
    public List<(string Slug, string Name)> AllianceChoices { get; private set; } = [];
    public List<(string Slug, string Title)> TopicChoices { get; private set; } = [];
    public List<string> Problems { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AllianceChoices = await Shared.AlliancePicker.LoadAsync(db, cancellationToken);
        TopicChoices = (await db.Topics.AsNoTracking().OrderBy(t => t.Order)
            .Select(t => new { t.Slug, t.Title }).ToListAsync(cancellationToken))
            .Select(t => (t.Slug, t.Title)).ToList();

        await ExplainAndDropBadFiltersAsync(cancellationToken);
        var page = await TimelineQuery.RunAsync(db, Filter, TimelineQuery.PageSize, cancellationToken);
        (Entries, NextStart) = (page.Entries, page.NextStart);
    }

    public bool ListsAlliances => Shared.AlliancePicker.CanList(AllianceChoices);

    /// <summary>The same timeline from another day: the filters stay, only the start changes.</summary>
    public string PageFrom(DateOnly? start) =>
        Shared.QueryLinks.With(Request, "start", start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A mistyped shared link still shows a timeline, with a note on what was ignored.</summary>
    private async Task ExplainAndDropBadFiltersAsync(CancellationToken cancellationToken)
    {
        Problems.AddRange(await Filter.DropUnknownAsync(db, cancellationToken));
        if (!ModelState.IsValid)
        {
            Problems.Add("A year must be a whole number such as 1949, and a start day a date such as 1962-10-22; a value that was not was ignored.");
            ModelState.Clear();
        }
    }
}
