using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Shared;
using AllianceAtlas.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.TurningPoints;

public sealed class DetailsModel(AtlasDbContext db, TimeProvider clock) : PageModel
{
    public TimelineEvent TurningPoint { get; private set; } = null!;
    public RenderedMarkdown Body { get; private set; } = null!;
    public TimelineEvent? Previous { get; private set; }
    public TimelineEvent? Next { get; private set; }

    public Citation Citation { get; private set; } = null!;
    public PageMeta Meta { get; private set; } = null!;

    /// <summary>Set when a reader opened a permanent link to one saved revision.</summary>
    public Revision? ShownRevision { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? rev, string? preview, CancellationToken cancellationToken)
    {
        var events = preview == "draft" && await Drafts.MayPreviewAsync(HttpContext) ? db.Events.IgnoreQueryFilters() : db.Events;
        var point = await events.AsNoTracking()
            .Include(e => e.Alliances.OrderBy(a => a.Name))
            .Include(e => e.Countries.OrderBy(c => c.Name))
            .Include(e => e.Topics.OrderBy(t => t.Order))
            .Include(e => e.Sources)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Slug == slug && e.IsTurningPoint, cancellationToken);
        if (rev is { } revisionId)
        {
            var revision = await Drafts.FindRevisionAsync(db, HttpContext, Admin.Events.EditModel.Type, revisionId, cancellationToken);
            if (revision is null || (revision.Slug != slug && point?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) != revision.EntryKey))
            {
                return NotFound();
            }

            var shown = Admin.RevisionLog.Read<Admin.Events.EventForm>(revision).ToEvent();
            shown.Id = point?.Id ?? 0;
            point = shown;
            ShownRevision = revision;
        }

        if (point is null)
        {
            return await Drafts.RedirectFromOldSlugAsync(db, Admin.Events.EditModel.Type, slug,
                id => db.Events.Where(e => e.Id == id && e.IsTurningPoint).Select(e => e.Slug), "/turning-points/", cancellationToken) ?? NotFound();
        }

        TurningPoint = point;
        (Citation, Meta) = await Sharing.ForAsync(db, HttpContext, Admin.Events.EditModel.Type,
            point.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "/turning-points/" + point.Slug,
            point.Title, point.Summary, "Article", ShownRevision, clock, cancellationToken);
        Body = MarkdownRenderer.Render(point.Body);
        Previous = await db.Events.AsNoTracking()
            .Where(e => e.IsTurningPoint && (e.Date < point.Date || (e.Date == point.Date && e.Id < point.Id)))
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.Id).FirstOrDefaultAsync(cancellationToken);
        Next = await db.Events.AsNoTracking()
            .Where(e => e.IsTurningPoint && (e.Date > point.Date || (e.Date == point.Date && e.Id > point.Id)))
            .OrderBy(e => e.Date).ThenBy(e => e.Id).FirstOrDefaultAsync(cancellationToken);
        return Page();
    }
}
