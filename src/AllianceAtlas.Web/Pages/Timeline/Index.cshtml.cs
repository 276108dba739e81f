using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Timeline;

public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public TimelineFilter Filter { get; set; } = new();

    /// <summary>Above this many alliances the filter asks for an alliance's address instead of offering a list.</summary>
    public const int MaxAllianceChoices = 300;

    public List<TimelineEntry> Entries { get; private set; } = [];
    public DateOnly? NextStart { get; private set; }
    public List<(string Slug, string Name)> AllianceChoices { get; private set; } = [];
    public List<(string Slug, string Title)> TopicChoices { get; private set; } = [];
    public List<string> Problems { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AllianceChoices = (await db.Alliances.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new { a.Slug, a.Name }).Take(MaxAllianceChoices + 1).ToListAsync(cancellationToken))
            .Select(a => (a.Slug, a.Name)).ToList();
        TopicChoices = (await db.Topics.AsNoTracking().OrderBy(t => t.Order)
            .Select(t => new { t.Slug, t.Title }).ToListAsync(cancellationToken))
            .Select(t => (t.Slug, t.Title)).ToList();

        await ExplainAndDropBadFiltersAsync(cancellationToken);
        var page = await TimelineQuery.RunAsync(db, Filter, TimelineQuery.PageSize, cancellationToken);
        (Entries, NextStart) = (page.Entries, page.NextStart);
    }

    public bool ListsAlliances => AllianceChoices.Count <= MaxAllianceChoices;

    /// <summary>The same timeline from another day: the filters stay, only the start changes.</summary>
    public string PageFrom(DateOnly? start) =>
        Shared.QueryLinks.With(Request, "start", start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A mistyped shared link still shows a timeline, with a note on what was ignored.</summary>
    private async Task ExplainAndDropBadFiltersAsync(CancellationToken cancellationToken)
    {
        var alliance = Filter.Alliance is { } slug && await db.Alliances.AnyAsync(a => a.Slug == slug, cancellationToken)
            ? new HashSet<string> { slug }
            : [];
        Problems.AddRange(Filter.DropUnknown(alliance, TopicChoices.Select(t => t.Slug).ToHashSet()));
        if (!ModelState.IsValid)
        {
            Problems.Add("A year must be a whole number such as 1949, and a start day a date such as 1962-10-22; a value that was not was ignored.");
            ModelState.Clear();
        }
    }
}
