using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Maps;
using AllianceAtlas.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Map;

/// <summary>/map?date=1962-10-22&amp;alliance=nato&amp;alliance=warsaw-pact: who belonged to what, anywhere, on one day.</summary>
public sealed class IndexModel(AtlasDbContext db, WorldShapes shapes, TimeProvider clock) : PageModel
{
    public const string DefaultAlliance = "nato";

    [BindProperty(SupportsGet = true, Name = "date")]
    public string? DateText { get; set; }

    [BindProperty(SupportsGet = true, Name = "alliance")]
    public List<string> Chosen { get; set; } = [];

    /// <summary>A kind of promise: the map offers only alliances in which a member made it.</summary>
    [BindProperty(SupportsGet = true, Name = "obligation")]
    public string? Obligation { get; set; }

    [BindProperty(SupportsGet = true, Name = "region")]
    public string? RegionText { get; set; }

    public MapRegion Region { get; private set; } = MapRegion.World;

    /// <summary>What the folded list of alliances says it holds.</summary>
    public string ChosenSummary => Chosen.Count == 0 ? "none chosen"
        : string.Join(", ", Alliances.Count > 0 ? Alliances.Select(a => a.Name) : Chosen);

    public HistoricalDate Date { get; private set; }
    public List<(string Slug, string Name)> AllianceChoices { get; private set; } = [];

    public bool ListsAlliances => AlliancePicker.CanList(AllianceChoices);
    public List<AllianceOnDate> Alliances { get; private set; } = [];
    public List<string> Problems { get; } = [];
    public MapView Map { get; private set; } = MapView.None;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        ObligationType? promise = null;
        if (Obligation is { Length: > 0 } obligationText)
        {
            if (KebabCase.TryParse<ObligationType>(obligationText, out var parsed))
            {
                promise = parsed;
            }
            else
            {
                Problems.Add($"“{obligationText}” is not a kind of promise; choose one of {KebabCase.AllowedValues<ObligationType>()}.");
                Obligation = null;
            }
        }

        AllianceChoices = await AlliancePicker.LoadAsync(db, cancellationToken, promise);
        if (string.IsNullOrWhiteSpace(DateText))
        {
            DateText = HistoricalDate.Iso(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), DatePrecision.Day);
        }

        if (Chosen.Count == 0 && Request.Query.Count == 0)
        {
            Chosen.Add(DefaultAlliance);
        }

        // An empty ?alliance= binds as null: it chooses nothing.
        Chosen = Chosen.Where(s => s is not null).Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().ToList();
        if (Chosen.Count == 0 && Request.Query.ContainsKey("alliance"))
        {
            Problems.Add("Choose at least one alliance: every alliance field was empty.");
        }

        if (!HistoricalDate.TryParse(DateText, out var date, out var dateProblem))
        {
            Problems.Add($"{dateProblem} The map shows a year from 1800 to 2100, a month or a day, as 1962, 1962-10 or 1962-10-22.");
        }
        else if (date.Date.Year is < 1800 or > 2100)
        {
            Problems.Add($"“{DateText}” is not a date the map can show. Write a year from 1800 to 2100, a month or a day, as 1962, 1962-10 or 1962-10-22.");
        }

        Date = date;
        if (!string.IsNullOrWhiteSpace(RegionText))
        {
            if (MapRegion.Find(RegionText) is { } region)
            {
                Region = region;
            }
            else
            {
                Problems.Add($"There is no region “{RegionText}” on the map; choose {string.Join(", ", MapRegion.All.Select(r => r.Slug))}.");
            }
        }

        var known = await db.Alliances.AsNoTracking().Where(a => Chosen.Contains(a.Slug)).Select(a => a.Slug).ToListAsync(cancellationToken);
        var unknown = Chosen.Except(known).ToList();
        if (promise is { } kind)
        {
            var promising = await db.Alliances.AsNoTracking()
                .Where(a => Chosen.Contains(a.Slug) && a.Obligations.Any(o => o.Type == kind)).Select(a => a.Slug).ToListAsync(cancellationToken);
            Problems.AddRange(known.Except(promising).Select(slug =>
                $"The atlas records no {Promises.Label(kind).ToLowerInvariant()} promise in “{slug}”; choose another alliance or any promise."));
        }

        Problems.AddRange(unknown.Select(slug => ListsAlliances
            ? $"There is no alliance “{slug}” in the atlas; choose from the list below."
            : $"There is no alliance “{slug}” in the atlas; find one in the list of alliances and use the last part of its address."));
        if (Chosen.Count > MapDrawing.MaxLayers)
        {
            Problems.Add($"Choose at most {MapDrawing.MaxLayers} alliances at once; you chose {Chosen.Count}.");
        }

        if (Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var on = date.Date;
        var alliances = await db.Alliances.AsNoTracking().Where(a => Chosen.Contains(a.Slug))
            .Select(a => new { a.Slug, a.Name, DisplayName = a.ShortName ?? a.Name, a.Founded, a.FoundedPrecision, a.Dissolved, a.DissolvedPrecision })
            .ToListAsync(cancellationToken);
        var members = await MembersOnDate.Of(db.Memberships.AsNoTracking(), on)
            .Where(m => Chosen.Contains(m.Alliance.Slug))
            // Each state as it was called that day: West Germany in 1962, Germany today.
            .Select(m => new { m.Alliance.Slug, Member = new MemberOnDate(m.CountryCode,
                m.Country.Names.Where(n => n.From <= on && on < n.To).Select(n => n.Name).FirstOrDefault() ?? m.Country.Name,
                m.Joined, m.JoinedPrecision) })
            .ToListAsync(cancellationToken);
        var countries = await CountryDirectory.LoadAsync(db, cancellationToken);
        var drawing = new MapDrawing(countries);
        foreach (var slug in Chosen)
        {
            var alliance = alliances.Single(a => a.Slug == slug);
            var layer = drawing.AddLayer(alliance.DisplayName);
            var rows = members.Where(m => m.Slug == slug).Select(m => m.Member).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
            foreach (var row in rows)
            {
                drawing.Shade(layer, row.Code);
            }

            Alliances.Add(new AllianceOnDate(alliance.Slug, alliance.Name, alliance.Founded, alliance.FoundedPrecision,
                alliance.Dissolved, alliance.DissolvedPrecision, rows)
            {
                StyleClass = MapDrawing.StyleOf(layer),
            });
        }

        var where = Region.IsWorld ? "" : $" ({Region.Name})";
        Map = drawing.Render(shapes.Outlines, "map", $"Members of {string.Join(", ", Alliances.Select(a => a.Name))} on {date}{where}", region: Region);
        return Page();
    }

    /// <summary>The same map a year earlier or later, keeping the chosen alliances, region and the date's precision.</summary>
    public string YearLink(int years)
    {
        var year = Date.Date.Year + years;
        var day = Math.Min(Date.Date.Day, DateTime.DaysInMonth(year, Date.Date.Month));
        return Link(HistoricalDate.Iso(new DateOnly(year, Date.Date.Month, day), Date.Precision), Region);
    }

    /// <summary>The same date, alliances and promise, enlarged on another region.</summary>
    public string RegionLink(MapRegion region) => Link(HistoricalDate.Iso(Date.Date, Date.Precision), region);

    private string Link(string date, MapRegion region)
    {
        var query = Chosen.Select(s => "alliance=" + Uri.EscapeDataString(s)).Prepend("date=" + date);
        if (Obligation is not null)
        {
            query = query.Append("obligation=" + Uri.EscapeDataString(Obligation));
        }

        return "/map?" + string.Join("&", region.IsWorld ? query : query.Prepend("region=" + region.Slug));
    }
}
