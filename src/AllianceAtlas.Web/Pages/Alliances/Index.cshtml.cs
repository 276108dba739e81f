using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Shared;
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

    public const int PageSize = 100;

    public PageOf<AllianceRow> Alliances { get; private set; } = new([], 1, PageSize, 0);
    public PageLinks Pages => PageLinks.For(Request, Alliances);
    public List<string> Problems { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = PageRequest.Parse(Filter.Page, Filter.PageSize, PageSize, Problems);
        Alliances = await page.ReadAsync(
            AllianceListQuery.Apply(db.Alliances.AsNoTracking(), Filter, Problems).Select(AllianceListQuery.Row), Problems, cancellationToken);
    }
}
