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
        var point = await Events.EventQuery.FindAsync(events.Where(e => e.IsTurningPoint), slug, cancellationToken);
        if (rev is { } revisionId)
        {
            if (await Events.EventQuery.AtRevisionAsync(db, HttpContext, point, slug, revisionId, cancellationToken) is not { } atRevision)
            {
                return NotFound();
            }

            (point, ShownRevision) = atRevision;
        }

        if (point is null && rev is null && await db.Events.AnyAsync(e => e.Slug == slug && !e.IsTurningPoint, cancellationToken))
        {
            // Not a turning point (any more): the event's own page is its home.
            return RedirectPermanent(Events.EventAddress.Of(slug, isTurningPoint: false));
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
        (Previous, Next) = await Events.EventQuery.NeighboursAsync(db.Events.Where(e => e.IsTurningPoint), point, cancellationToken);
        return Page();
    }
}
