using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Countries;

public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public List<CountryRow> Countries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Countries.AsNoTracking();
        query = Show switch
        {
            "current" => query.Where(c => c.To == null),
            "former" => query.Where(c => c.To != null),
            _ => query,
        };
        if (Show is not ("current" or "former"))
        {
            Show = null;
        }

        Countries = await query
            .OrderBy(c => c.Name)
            .Select(c => new CountryRow(c.Code, c.Name, c.To != null,
                c.Memberships.Count(m => m.Left == null && m.Alliance.Dissolved == null),
                c.Memberships.Select(m => m.AllianceId).Distinct().Count()))
            .ToListAsync(cancellationToken);
    }
}
