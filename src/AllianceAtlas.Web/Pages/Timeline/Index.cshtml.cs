using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Timeline;

public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public TimelineFilter Filter { get; set; } = new();

    /// <summary>A year whose decade the timeline opens at (the year-jump form and the earlier/later links set it).</summary>
    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    /// <summary>The decade shown, when the timeline is too long to show whole; null for a narrow filter.</summary>
    public TimelineWindow? Window { get; private set; }

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
        var filter = Filter;
        if (TimelineWindow.IsWindowed(Filter, Year))
        {
            Window = await TimelineWindow.FindAsync(db, Filter, Year, cancellationToken);
            if (Window is null)
            {
                return;
            }

            filter = Window.Narrow(Filter);
        }

        var page = Window?.FirstPage ?? await TimelineQuery.RunAsync(db, filter, TimelineQuery.PageSize, cancellationToken);
        (Entries, NextStart) = (page.Entries, page.NextStart);
    }

    /// <summary>The same timeline opened at another decade: the filters stay, a later page's start goes.</summary>
    public string DecadeLink(int decade)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Request.QueryString.Value);
        query.Remove("start");
        query.Remove("year");
        var builder = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder(
            query.SelectMany(pair => pair.Value.Select(v => KeyValuePair.Create(pair.Key, v ?? ""))));
        builder.Add("year", decade.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Request.PathBase + Request.Path + builder.ToQueryString();
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

        if (Year is { } year && year is < 1 or > 9999)
        {
            Problems.Add($"{year} is not a year the timeline can open at, so it was ignored.");
            Year = null;
        }

        if (Filter.SwapReversedYears() is { } swapped)
        {
            Problems.Add(swapped);
        }
    }
}
