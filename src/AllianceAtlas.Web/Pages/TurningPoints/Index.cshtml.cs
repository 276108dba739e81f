using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.TurningPoints;

public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    public List<TimelineEvent> TurningPoints { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        TurningPoints = await db.Events.AsNoTracking()
            .Where(e => e.IsTurningPoint)
            .OrderBy(e => e.Date)
            .ToListAsync(cancellationToken);
}
