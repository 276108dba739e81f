using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Shared;
using AllianceAtlas.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Topics;

public sealed class DetailsModel(AtlasDbContext db, TimeProvider clock) : PageModel
{
    public Topic Topic { get; private set; } = null!;
    public RenderedMarkdown Body { get; private set; } = null!;
    public Topic? Previous { get; private set; }
    public Topic? Next { get; private set; }

    public Citation Citation { get; private set; } = null!;
    public PageMeta Meta { get; private set; } = null!;

    /// <summary>Set when a reader opened a permanent link to one saved revision.</summary>
    public Revision? ShownRevision { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? rev, string? preview, CancellationToken cancellationToken)
    {
        var topics = preview == "draft" && await Drafts.MayPreviewAsync(HttpContext) ? db.Topics.IgnoreQueryFilters() : db.Topics;
        var topic = await topics.AsNoTracking()
            .Include(t => t.Alliances.OrderBy(a => a.Name))
            .Include(t => t.Events.OrderBy(e => e.Date))
            .Include(t => t.Sources)
            .AsSplitQuery()
            .FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (rev is { } revisionId)
        {
            var revision = await Drafts.FindRevisionAsync(db, HttpContext, Admin.Topics.EditModel.Type, revisionId, cancellationToken);
            if (revision is null || (revision.Slug != slug && topic?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) != revision.EntryKey))
            {
                return NotFound();
            }

            topic = Admin.RevisionLog.Read<Admin.Topics.TopicForm>(revision).ToTopic();
            ShownRevision = revision;
        }

        if (topic is null)
        {
            return await Drafts.RedirectFromOldSlugAsync(db, Admin.Topics.EditModel.Type, slug,
                id => db.Topics.Where(t => t.Id == id).Select(t => t.Slug), "/topics/", cancellationToken) ?? NotFound();
        }

        Topic = topic;
        (Citation, Meta) = await Sharing.ForAsync(db, HttpContext, Admin.Topics.EditModel.Type,
            topic.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "/topics/" + topic.Slug,
            topic.Title, topic.Summary, "Article", ShownRevision, clock, cancellationToken);
        Body = MarkdownRenderer.Render(topic.Body);
        Previous = await db.Topics.AsNoTracking().Where(t => t.Order < topic.Order)
            .OrderByDescending(t => t.Order).FirstOrDefaultAsync(cancellationToken);
        Next = await db.Topics.AsNoTracking().Where(t => t.Order > topic.Order)
            .OrderBy(t => t.Order).FirstOrDefaultAsync(cancellationToken);
        return Page();
    }
}
