using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Shared;
using AllianceAtlas.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Events;

public sealed class DetailsModel(AtlasDbContext db, TimeProvider clock) : PageModel
{
    public TimelineEvent Event { get; private set; } = null!;
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
        var found = await EventQuery.FindAsync(events, slug, cancellationToken);

        // A turning point's home is its essay page: one address per event, so links and citations agree.
        if (found is { IsTurningPoint: true })
        {
            return RedirectPermanent(EventAddress.Of(found.Slug, isTurningPoint: true) + Request.QueryString);
        }

        if (rev is { } revisionId)
        {
            if (await EventQuery.AtRevisionAsync(db, HttpContext, found, slug, revisionId, cancellationToken) is not { } atRevision)
            {
                return NotFound();
            }

            (found, ShownRevision) = atRevision;
        }

        if (found is null)
        {
            return await Drafts.RedirectFromOldSlugAsync(db, Admin.Events.EditModel.Type, slug,
                id => db.Events.Where(e => e.Id == id).Select(e => e.Slug), EventAddress.EventsPrefix, cancellationToken) ?? NotFound();
        }

        Event = found;
        var path = EventAddress.Of(found.Slug, isTurningPoint: false);
        (Citation, Meta) = await Sharing.ForAsync(db, HttpContext, Admin.Events.EditModel.Type,
            found.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), path,
            found.Title, found.Summary, "Article", ShownRevision, clock, cancellationToken);
        Body = MarkdownRenderer.Render(found.Body);
        (Previous, Next) = await EventQuery.NeighboursAsync(db.Events, found, cancellationToken);
        return Page();
    }
}
