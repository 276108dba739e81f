using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Admin.Alliances;

public sealed class DeleteModel(AtlasDbContext db, TimeProvider clock) : PageModel
{
    public Alliance Alliance { get; private set; } = null!;

    [BindProperty]
    [System.ComponentModel.DataAnnotations.StringLength(500)]
    public string? EditSummary { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Alliances.IgnoreQueryFilters().Include(a => a.Memberships).FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is not { } alliance)
        {
            return NotFound();
        }

        Alliance = alliance;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.IgnoreQueryFilters()
            .Include(a => a.Memberships).Include(a => a.Sources)
            .AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alliance is null)
        {
            return NotFound();
        }

        // The last state stays in the history, so a deletion can be undone by hand.
        await RevisionLog.AddAsync(db, EditModel.Type, alliance.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            alliance.Slug, alliance.Name, isPublished: false, AllianceForm.From(alliance), User.Identity?.Name ?? "unknown",
            $"Deleted. {EditSummary}".Trim(), clock.GetUtcNow().UtcDateTime, cancellationToken);
        db.Alliances.Remove(alliance);
        await db.SaveChangesAsync(cancellationToken);
        await Search.SearchIndex.UpdateAsync(db, EditModel.Type, id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        return Redirect("/admin/alliances");
    }
}
