using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Alliances;

public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> SortChoices =
    [
        ("name", "Name"), ("founded", "Founded, oldest first"), ("founded-desc", "Founded, newest first"), ("members", "Most members now"),
    ];

    [BindProperty(SupportsGet = true)]
    public AllianceListFilter Filter { get; set; } = new();

    public List<AllianceRow> Alliances { get; private set; } = [];
    public List<string> Problems { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Alliances = await AllianceListQuery.Apply(db.Alliances.AsNoTracking(), Filter, Problems)
            .Select(AllianceListQuery.Row)
            .ToListAsync(cancellationToken);
}
