using System.Globalization;
using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Admin.Entries;

/// <summary>Deletes an event, topic, country or source, keeping its last state in the history.</summary>
public sealed class DeleteModel(AtlasDbContext db, TimeProvider clock) : PageModel
{
    public EntryType Type { get; private set; } = EntryType.Events;
    public string Title { get; private set; } = "";
    public string? Refusal { get; private set; }

    [BindProperty]
    [System.ComponentModel.DataAnnotations.StringLength(500)]
    public string? EditSummary { get; set; }

    public async Task<IActionResult> OnGetAsync(string type, string key, CancellationToken cancellationToken) =>
        await FindAsync(type, key, cancellationToken) is { } found ? Show(found) : NotFound();

    public async Task<IActionResult> OnPostAsync(string type, string key, CancellationToken cancellationToken)
    {
        if (await FindAsync(type, key, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        if (found.Refusal is not null)
        {
            return Show(found);
        }

        await RevisionLog.AddAsync(db, Type.Key, key, found.Slug, found.Title, isPublished: false, found.Snapshot,
            User.Identity?.Name ?? "unknown", $"Deleted. {EditSummary}".Trim(), clock.GetUtcNow().UtcDateTime, cancellationToken);
        db.Remove(found.Entity);
        await db.SaveChangesAsync(cancellationToken);
        await Search.SearchIndex.UpdateAsync(db, Type.Key, key, cancellationToken);
        return Redirect($"/admin/{Type.Key}");
    }

    private PageResult Show(Found found)
    {
        Title = found.Title;
        Refusal = found.Refusal;
        return Page();
    }

    private sealed record Found(object Entity, string Slug, string Title, object Snapshot, string? Refusal);

    private async Task<Found?> FindAsync(string type, string key, CancellationToken cancellationToken)
    {
        Type = EntryType.Find(type) ?? EntryType.Events;
        var id = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;
        switch (type)
        {
            case "events":
                var timelineEvent = await db.Events.IgnoreQueryFilters().Include(e => e.Alliances).Include(e => e.Countries)
                    .Include(e => e.Topics).Include(e => e.Sources).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
                return timelineEvent is null ? null
                    : new Found(timelineEvent, timelineEvent.Slug, timelineEvent.Title, Events.EventForm.From(timelineEvent), null);
            case "topics":
                var topic = await db.Topics.IgnoreQueryFilters().Include(t => t.Alliances).Include(t => t.Events)
                    .Include(t => t.Sources).AsSplitQuery().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
                return topic is null ? null : new Found(topic, topic.Slug, topic.Title, Topics.TopicForm.From(topic), null);
            case "countries":
                var country = await db.Countries.FirstOrDefaultAsync(c => c.Code == key, cancellationToken);
                if (country is null)
                {
                    return null;
                }

                var rows = await db.Memberships.IgnoreQueryFilters().CountAsync(m => m.CountryCode == key, cancellationToken);
                return new Found(country, country.Slug, country.Name, Countries.CountryForm.Of(country),
                    rows == 0 ? null : $"{country.Name} cannot be deleted while {rows} membership rows name it; edit those alliances first.");
            case "sources":
                var source = await db.Sources.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
                return source is null ? null : new Found(source, key, source.Title, Sources.SourceForm.Of(source), null);
            default:
                return null;
        }
    }
}
