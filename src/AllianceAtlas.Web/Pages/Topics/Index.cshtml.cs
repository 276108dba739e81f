using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Topics;

public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    public List<Topic> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Topics = await db.Topics.AsNoTracking().OrderBy(t => t.Order).ThenBy(t => t.Title).ToListAsync(cancellationToken);
}
