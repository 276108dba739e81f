using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Events;

/// <summary>What an event's page and a turning point's page both read: the event with what it concerns, and its neighbours.</summary>
public static class EventQuery
{
    public static Task<TimelineEvent?> FindAsync(IQueryable<TimelineEvent> events, string slug, CancellationToken cancellationToken) =>
        events.AsNoTracking()
            .Include(e => e.Alliances.OrderBy(a => a.Name))
            .Include(e => e.Countries.OrderBy(c => c.Name))
            .Include(e => e.Topics.OrderBy(t => t.Order))
            .Include(e => e.Sources)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Slug == slug, cancellationToken);

    /// <summary>The events just before and after this one among <paramref name="among"/>; a day's events in the order they were added.</summary>
    public static async Task<(TimelineEvent? Previous, TimelineEvent? Next)> NeighboursAsync(
        IQueryable<TimelineEvent> among, TimelineEvent point, CancellationToken cancellationToken)
    {
        var previous = await among.AsNoTracking()
            .Where(e => e.Date < point.Date || (e.Date == point.Date && e.Id < point.Id))
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).FirstOrDefaultAsync(cancellationToken);
        var next = await among.AsNoTracking()
            .Where(e => e.Date > point.Date || (e.Date == point.Date && e.Id > point.Id))
            .OrderBy(e => e.Date).ThenBy(e => e.Id).FirstOrDefaultAsync(cancellationToken);
        return (previous, next);
    }

    /// <summary>
    /// The event as one saved revision has it, for a permanent link (?rev=N); null when that revision is not this
    /// event's, or is a draft or deletion and the reader no editor. The revision may carry an older slug, or belong to an event since deleted.
    /// </summary>
    public static async Task<(TimelineEvent Shown, Revision Revision)?> AtRevisionAsync(
        AtlasDbContext db, HttpContext context, TimelineEvent? current, string slug, int revisionId, CancellationToken cancellationToken)
    {
        // Only a published revision is public: an editor's draft or a deletion stays with the editors.
        var revision = await Shared.Drafts.FindRevisionAsync(db, context, Admin.Events.EditModel.Type, revisionId, cancellationToken);
        if (revision is null || (revision.Slug != slug && current?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) != revision.EntryKey))
        {
            return null;
        }

        var shown = Admin.RevisionLog.Read<Admin.Events.EventForm>(revision).ToEvent();
        shown.Id = current?.Id ?? 0;
        return (shown, revision);
    }
}
