using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Admin.Entries;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Admin;

public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    public List<Revision> RecentChanges { get; private set; } = [];
    public List<(EntryType Type, int Id, string Title)> Drafts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        RecentChanges = await db.Revisions.AsNoTracking().OrderByDescending(r => r.Id).Take(20).ToListAsync(cancellationToken);
        var alliances = await db.Alliances.IgnoreQueryFilters().Where(a => !a.IsPublished)
            .Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        var events = await db.Events.IgnoreQueryFilters().Where(e => !e.IsPublished)
            .Select(e => new { e.Id, e.Title }).ToListAsync(cancellationToken);
        var topics = await db.Topics.IgnoreQueryFilters().Where(t => !t.IsPublished)
            .Select(t => new { t.Id, t.Title }).ToListAsync(cancellationToken);
        Drafts =
        [
            .. alliances.Select(a => (EntryType.Alliances, a.Id, a.Name)),
            .. events.Select(e => (EntryType.Events, e.Id, e.Title)),
            .. topics.Select(t => (EntryType.Topics, t.Id, t.Title)),
        ];
    }
}
