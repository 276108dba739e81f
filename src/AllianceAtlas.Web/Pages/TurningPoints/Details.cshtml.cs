using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.TurningPoints;

public sealed class DetailsModel(AtlasDbContext db) : PageModel
{
    public TimelineEvent TurningPoint { get; private set; } = null!;
    public RenderedMarkdown Body { get; private set; } = null!;
    public TimelineEvent? Previous { get; private set; }
    public TimelineEvent? Next { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var point = await db.Events.AsNoTracking()
            .Include(e => e.Alliances.OrderBy(a => a.Name))
            .Include(e => e.Countries.OrderBy(c => c.Name))
            .Include(e => e.Topics.OrderBy(t => t.Order))
            .Include(e => e.Sources)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Slug == slug && e.IsTurningPoint, cancellationToken);
        if (point is null)
        {
            return NotFound();
        }

        TurningPoint = point;
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
