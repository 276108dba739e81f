using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Compare;

/// <summary>/compare?alliance=nato&amp;alliance=warsaw-pact: two to four alliances side by side, promises first.</summary>
public sealed class IndexModel(AtlasDbContext db, TimeProvider clock) : PageModel
{
    public const int Fewest = 2;
    public const int Most = 4;

    [BindProperty(SupportsGet = true, Name = "alliance")]
    public List<string> Chosen { get; set; } = [];

    public List<(string Slug, string Name)> AllianceChoices { get; private set; } = [];
    public bool ListsAlliances => AlliancePicker.CanList(AllianceChoices);
    public List<Alliance> Alliances { get; private set; } = [];
    public IReadOnlyDictionary<string, string> CountryNames { get; private set; } = new Dictionary<string, string>();
    public List<string> Problems { get; } = [];
    public DateOnly Today { get; private set; }

    /// <summary>Only one alliance is chosen: the page asks for another instead of comparing it with nothing.</summary>
    public bool NeedsAnother { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        AllianceChoices = await AlliancePicker.LoadAsync(db, cancellationToken);
        Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        Chosen = Chosen.Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().ToList();
        if (Chosen.Count == 0)
        {
            return Page();
        }

        var known = await db.Alliances.AsNoTracking().Where(a => Chosen.Contains(a.Slug)).Select(a => a.Slug).ToListAsync(cancellationToken);
        Problems.AddRange(Chosen.Except(known).Select(slug => ListsAlliances
            ? $"There is no alliance “{slug}” in the atlas; choose from the list below."
            : $"There is no alliance “{slug}” in the atlas; find one in the list of alliances and use the last part of its address."));
        if (Chosen.Count > Most)
        {
            Problems.Add($"Compare at most {Most} alliances at once; you chose {Chosen.Count}.");
        }

        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // One alliance is where the alliance page's link starts: it is ticked, waiting for a second.
        if (Chosen.Count < Fewest)
        {
            NeedsAnother = true;
            return Page();
        }

        var alliances = await db.Alliances.AsNoTracking().Where(a => Chosen.Contains(a.Slug))
            .Include(a => a.Memberships).ThenInclude(m => m.Country)
            .Include(a => a.Obligations)
            .Include(a => a.Phases)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        Alliances = Chosen.Select(slug => alliances.Single(a => a.Slug == slug)).ToList();
        CountryNames = Alliances.SelectMany(a => a.Memberships).Select(m => m.Country)
            .DistinctBy(c => c.Code).ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        return Page();
    }

    /// <summary>"75 years so far", "47 years", "less than a year".</summary>
    public string Duration(Alliance alliance)
    {
        var end = alliance.Dissolved ?? Today;
        var years = end.Year - alliance.Founded.Year - (end.DayOfYear < alliance.Founded.DayOfYear ? 1 : 0);
        var span = years switch
        {
            < 1 => "less than a year",
            1 => "1 year",
            _ => $"{years} years",
        };
        return alliance.Dissolved is null ? span + " so far" : span;
    }

    /// <summary>Every state that was ever a full member or founding member.</summary>
    public static int StatesEver(Alliance alliance) =>
        alliance.Memberships.Where(m => m.Role is MembershipRole.Member or MembershipRole.FoundingMember)
            .Select(m => m.CountryCode).Distinct().Count();

    public static int StatesNow(Alliance alliance) => alliance.Memberships.Count(m => m.CountsAsCurrentFullMember);

    public string Link(IEnumerable<string> slugs) =>
        "/compare?" + string.Join("&", slugs.Select(s => "alliance=" + Uri.EscapeDataString(s)));
}
