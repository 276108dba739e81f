using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Topics;

public sealed class DetailsModel(AtlasDbContext db) : PageModel
{
    public Topic Topic { get; private set; } = null!;
    public RenderedMarkdown Body { get; private set; } = null!;
    public Topic? Previous { get; private set; }
    public Topic? Next { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var topic = await db.Topics.AsNoTracking()
            .Include(t => t.Alliances.OrderBy(a => a.Name))
            .Include(t => t.Events.OrderBy(e => e.Date))
            .Include(t => t.Sources)
            .AsSplitQuery()
            .FirstOrDefaultAsync(t => t.Slug == slug, cancellationToken);
        if (topic is null)
        {
            return NotFound();
        }

        Topic = topic;
        Body = MarkdownRenderer.Render(topic.Body);
        Previous = await db.Topics.AsNoTracking().Where(t => t.Order < topic.Order)
            .OrderByDescending(t => t.Order).FirstOrDefaultAsync(cancellationToken);
        Next = await db.Topics.AsNoTracking().Where(t => t.Order > topic.Order)
            .OrderBy(t => t.Order).FirstOrDefaultAsync(cancellationToken);
        return Page();
    }
}
