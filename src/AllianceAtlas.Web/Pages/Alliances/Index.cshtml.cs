using AllianceAtlas.Web.Content;
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

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Alliances.AsNoTracking();
        if (Filter.Kind is { } kindText)
        {
            if (KebabCase.TryParse<AllianceKind>(kindText, out var kind))
            {
                query = query.Where(a => a.Kind == kind);
            }
            else
            {
                Problems.Add($"“{kindText}” is not a kind of alliance, so that filter was ignored.");
                Filter.Kind = null;
            }
        }

        switch (Filter.Status)
        {
            case null:
                break;
            case "active":
                query = query.Where(a => a.Dissolved == null);
                break;
            case "defunct":
                query = query.Where(a => a.Dissolved != null);
                break;
            default:
                Problems.Add($"“{Filter.Status}” is not a status (active or defunct), so that filter was ignored.");
                Filter.Status = null;
                break;
        }

        if (Filter.Region is { } region)
        {
            if (ContentReader.Regions.Contains(region))
            {
                query = query.Where(a => a.Regions.Contains(region));
            }
            else
            {
                Problems.Add($"“{region}” is not a region, so that filter was ignored.");
                Filter.Region = null;
            }
        }

        if (Filter.Era is { } eraSlug)
        {
            if (Era.All.FirstOrDefault(e => e.Slug == eraSlug) is { } era)
            {
                query = query.Where(a => a.Founded <= era.End && (a.Dissolved == null || a.Dissolved >= era.Start));
            }
            else
            {
                Problems.Add($"“{eraSlug}” is not an era, so that filter was ignored.");
                Filter.Era = null;
            }
        }

        query = Filter.Sort switch
        {
            "founded" => query.OrderBy(a => a.Founded).ThenBy(a => a.Name),
            "founded-desc" => query.OrderByDescending(a => a.Founded).ThenBy(a => a.Name),
            "members" => query.OrderByDescending(a => a.Memberships.AsQueryable().Count(Membership.IsCurrentFullMember)).ThenBy(a => a.Name),
            _ => query.OrderBy(a => a.Name),
        };
        var rows = query.Select(a => new AllianceRow(
            a.Slug, a.Name, a.ShortName, a.Kind, a.Founded, a.FoundedPrecision, a.Dissolved, a.DissolvedPrecision, a.Summary,
            a.Memberships.AsQueryable().Count(Membership.IsCurrentFullMember)));
        Alliances = await rows.ToListAsync(cancellationToken);
    }
}
