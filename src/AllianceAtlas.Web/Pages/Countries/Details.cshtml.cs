using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Countries;

public sealed class DetailsModel(AtlasDbContext db, TimeProvider clock) : PageModel
{
    public Country Country { get; private set; } = null!;
    public List<Membership> Memberships { get; private set; } = [];
    public List<Country> Successors { get; private set; } = [];
    public List<Country> Predecessors { get; private set; } = [];
    public List<TimelineEvent> Events { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;
    public PageMeta Meta { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var upper = code.ToUpperInvariant();
        var country = await db.Countries.AsNoTracking().FirstOrDefaultAsync(c => c.Code == upper, cancellationToken);
        if (country is null)
        {
            return NotFound();
        }

        // One address per country: /countries/FR and /countries/Fr lead to /countries/fr.
        if (code != country.Slug)
        {
            return RedirectPermanent($"/countries/{country.Slug}");
        }

        Country = country;
        (Citation, Meta) = await Sharing.ForAsync(db, HttpContext, Admin.Countries.EditModel.Type, country.Code,
            "/countries/" + country.Slug, country.Name, $"The alliances {country.Name} has belonged to, with dates.", "Article",
            null, clock, cancellationToken);
        Memberships = await db.Memberships.AsNoTracking()
            .Include(m => m.Alliance)
            .Where(m => m.CountryCode == upper)
            .OrderBy(m => m.Joined).ThenBy(m => m.Alliance.Name)
            .ToListAsync(cancellationToken);
        Successors = await db.Countries.AsNoTracking()
            .Where(c => country.Successors.Contains(c.Code)).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        Predecessors = await db.Countries.AsNoTracking()
            .Where(c => c.Successors.Contains(upper)).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        Events = await db.Events.AsNoTracking()
            .Where(e => e.Countries.Any(c => c.Code == upper))
            .OrderBy(e => e.Date).ToListAsync(cancellationToken);
        return Page();
    }
}
