using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Maps;
using AllianceAtlas.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Countries;

public sealed class DetailsModel(AtlasDbContext db, WorldShapes shapes, TimeProvider clock) : PageModel
{
    /// <summary>
    /// Rows of each list a page shows unless <c>?pageSize=</c> asks otherwise: the membership table (paged), the
    /// "member today" list and the allies table (the first rows, with a note saying how many there are).
    /// </summary>
    public const int PageSize = 100;

    public Country Country { get; private set; } = null!;
    public PageOf<Membership> Memberships { get; private set; } = new([], 1, PageSize, 0);
    public PageLinks Pages => PageLinks.For(Request, Memberships);
    public List<string> Problems { get; } = [];
    public List<Membership> Current { get; private set; } = [];
    public int CurrentTotal { get; private set; }
    public List<Country> Successors { get; private set; } = [];
    public List<Country> Predecessors { get; private set; } = [];
    public List<TimelineEvent> Events { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;
    public PageMeta Meta { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "date")]
    public string? DateText { get; set; }

    public HistoricalDate AlliesDate { get; private set; }

    /// <summary>The country as it was called on the chosen date (West Germany in 1962).</summary>
    public string NameOnDate => Country.NameOn(AlliesDate.Date);
    public string? DateProblem { get; private set; }
    public List<(Alliance Alliance, List<string> Allies)> Allies { get; private set; } = [];
    public int AlliancesOnDate { get; private set; }
    public MapView Map { get; private set; } = MapView.None;

    // From the query string only: Razor Pages keeps its own "page" route value, which would win otherwise.
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true), FromQuery(Name = "pageSize")]
    public int? RequestedPageSize { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        // A blank code ("/countries/%20") binds as null: no country has it.
        if (string.IsNullOrWhiteSpace(code))
        {
            return NotFound();
        }

        var upper = code.ToUpperInvariant();
        var country = await db.Countries.AsNoTracking().Include(c => c.Names.OrderBy(n => n.From))
            .FirstOrDefaultAsync(c => c.Code == upper, cancellationToken);
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
        var page = PageRequest.Parse(PageNumber, RequestedPageSize, PageSize, Problems);
        Memberships = await page.ReadAsync(db.Memberships.AsNoTracking()
            .Include(m => m.Alliance)
            .Where(m => m.CountryCode == upper)
            .OrderBy(m => m.Joined).ThenBy(m => m.Alliance.Name).ThenBy(m => m.Id), Problems, cancellationToken);
        var current = db.Memberships.AsNoTracking()
            .Where(m => m.CountryCode == upper && m.Left == null && m.Alliance.Dissolved == null);
        CurrentTotal = await current.CountAsync(cancellationToken);
        Current = await current.Include(m => m.Alliance)
            .OrderBy(m => m.Joined).ThenBy(m => m.Alliance.Name).ThenBy(m => m.Id).Take(page.Size).ToListAsync(cancellationToken);
        Successors = await db.Countries.AsNoTracking()
            .Where(c => country.Successors.Contains(c.Code)).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        Predecessors = await db.Countries.AsNoTracking()
            .Where(c => c.Successors.Contains(upper)).OrderBy(c => c.Name).ToListAsync(cancellationToken);
        Events = await db.Events.AsNoTracking()
            .Where(e => e.Countries.Any(c => c.Code == upper))
            .OrderBy(e => e.Date).ToListAsync(cancellationToken);
        await DrawAlliesAsync(country, page.Size, cancellationToken);
        return Page();
    }

    /// <summary>The countries this one was allied with on the chosen date: today, or a former state's last day.</summary>
    private async Task DrawAlliesAsync(Country country, int listed, CancellationToken cancellationToken)
    {
        var lastDay = country.To?.AddDays(-1) ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (string.IsNullOrWhiteSpace(DateText))
        {
            AlliesDate = new HistoricalDate(lastDay, DatePrecision.Day);
        }
        else if (HistoricalDate.TryParse(DateText, out var chosen, out var problem) && chosen.Date.Year is >= 1800 and <= 2100)
        {
            AlliesDate = chosen;
        }
        else
        {
            DateProblem = (problem.Length > 0 ? problem : $"“{DateText}” is not a date the map can show.")
                + " Write a year from 1800 to 2100, a month or a day, as 1962, 1962-10 or 1962-10-22.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var on = AlliesDate.Date;
        // Allies are partners in a defence pact or an entente; sharing a seat in the UN, the OSCE or a dialogue
        // such as the ASEAN Regional Forum does not make two states allies.
        var pacts = MembersOnDate.Of(db.Memberships, on)
            .Where(own => own.CountryCode == country.Code
                && (own.Alliance.Kind == AllianceKind.CollectiveDefence || own.Alliance.Kind == AllianceKind.Entente))
            .Select(own => own.AllianceId);
        var partners = MembersOnDate.Of(db.Memberships.AsNoTracking(), on)
            .Where(m => pacts.Contains(m.AllianceId) && m.CountryCode != country.Code);
        AlliancesOnDate = await pacts.Distinct().CountAsync(cancellationToken);
        // The table names the first alliances by name; the map shades every ally, however many pacts there are.
        var named = pacts.Distinct().Join(db.Alliances, id => id, a => a.Id, (id, a) => a)
            .OrderBy(a => a.Name).ThenBy(a => a.Id).Select(a => a.Id).Take(listed);
        var alliesByPact = (await partners.Where(m => named.Contains(m.AllianceId))
                .Select(m => new { m.AllianceId, CountryName = m.Country.Names.Where(n => n.From <= on && on < n.To).Select(n => n.Name).FirstOrDefault() ?? m.Country.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(row => row.AllianceId, row => row.CountryName);
        Allies = (await db.Alliances.AsNoTracking().Where(a => named.Contains(a.Id)).ToListAsync(cancellationToken))
            .Select(pact => (pact, alliesByPact[pact.Id].Order(StringComparer.Ordinal).ToList()))
            .OrderBy(row => row.pact.Name, StringComparer.Ordinal)
            .ToList();

        var drawing = new MapDrawing(await CountryDirectory.LoadAsync(db, cancellationToken));
        drawing.Focus(country.Code);
        var layer = drawing.AddLayer($"Allied with {NameOnDate}");
        foreach (var ally in await partners.Select(m => m.CountryCode).Distinct().ToListAsync(cancellationToken))
        {
            drawing.Shade(layer, ally);
        }

        Map = drawing.Render(shapes.Outlines, "map-allies", $"Countries allied with {NameOnDate} on {AlliesDate}");
    }
}
