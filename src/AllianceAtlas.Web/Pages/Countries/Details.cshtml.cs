using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Maps;
using AllianceAtlas.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Countries;

public sealed class DetailsModel(AtlasDbContext db, WorldShapes shapes, TimeProvider clock) : PageModel
{

    public Country Country { get; private set; } = null!;
    public List<Membership> Memberships { get; private set; } = [];
    public List<Country> Successors { get; private set; } = [];
    public List<Country> Predecessors { get; private set; } = [];
    public List<TimelineEvent> Events { get; private set; } = [];
    public Citation Citation { get; private set; } = null!;
    public PageMeta Meta { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "date")]
    public string? DateText { get; set; }

    public HistoricalDate AlliesDate { get; private set; }
    public string? DateProblem { get; private set; }
    public List<(Alliance Alliance, List<string> Allies)> Allies { get; private set; } = [];
    public MapView Map { get; private set; } = MapView.None;

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
        await DrawAlliesAsync(country, cancellationToken);
        return Page();
    }

    /// <summary>The countries this one was allied with on the chosen date: today, or a former state's last day.</summary>
    private async Task DrawAlliesAsync(Country country, CancellationToken cancellationToken)
    {
        var lastDay = country.To?.AddDays(-1) ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (string.IsNullOrWhiteSpace(DateText))
        {
            AlliesDate = new HistoricalDate(lastDay, DatePrecision.Day);
        }
        else if (HistoricalDate.TryParse(DateText, out var chosen) && chosen.Date.Year is >= 1800 and <= 2100)
        {
            AlliesDate = chosen;
        }
        else
        {
            DateProblem = $"“{DateText}” is not a date the map can show. Write a year from 1800 to 2100, a month or a day, as 1962, 1962-10 or 1962-10-22.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var on = AlliesDate.Date;
        var rows = await MembersOnDate.Of(db.Memberships.AsNoTracking(), on)
            // Allies are partners in a defence pact or an entente; sharing a seat in the UN, the OSCE or a dialogue
            // such as the ASEAN Regional Forum does not make two states allies.
            .Where(m => (m.Alliance.Kind == AllianceKind.CollectiveDefence || m.Alliance.Kind == AllianceKind.Entente)
                && m.Alliance.Memberships.Any(own => own.CountryCode == country.Code && own.Joined <= on && (own.Left == null || own.Left > on)
                    && (own.Role == MembershipRole.Member || own.Role == MembershipRole.FoundingMember)))
            .Include(m => m.Alliance).Include(m => m.Country)
            .ToListAsync(cancellationToken);
        Allies = rows.GroupBy(r => r.AllianceId)
            .Select(g => (g.First().Alliance, g.Where(r => r.CountryCode != country.Code).Select(r => r.Country.Name).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(a => a.Alliance.Name, StringComparer.Ordinal)
            .ToList();

        var drawing = new MapDrawing(await CountryDirectory.LoadAsync(db, cancellationToken));
        drawing.Focus(country.Code);
        var layer = drawing.AddLayer($"Allied with {country.Name}");
        foreach (var ally in rows.Where(r => r.CountryCode != country.Code).Select(r => r.CountryCode).Distinct())
        {
            drawing.Shade(layer, ally);
        }

        Map = drawing.Render(shapes.Outlines, "map-allies", $"Countries allied with {country.Name} on {AlliesDate}");
    }
}
