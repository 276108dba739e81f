using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Home;

public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    public List<TimelineEvent> TurningPoints { get; private set; } = [];
    public List<Topic> Topics { get; private set; } = [];
    public int AllianceCount { get; private set; }
    public int CountryCount { get; private set; }
    public int EventCount { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        TurningPoints = await db.Events.AsNoTracking().Where(e => e.IsTurningPoint).OrderBy(e => e.Date).ToListAsync(cancellationToken);
        Topics = await db.Topics.AsNoTracking().OrderBy(t => t.Order).ToListAsync(cancellationToken);
        AllianceCount = await db.Alliances.CountAsync(cancellationToken);
        CountryCount = await db.Countries.CountAsync(cancellationToken);
        EventCount = await db.Events.CountAsync(cancellationToken);
    }
}
