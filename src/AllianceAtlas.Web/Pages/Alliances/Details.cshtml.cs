using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Maps;
using AllianceAtlas.Web.Pages.Shared;
using AllianceAtlas.Web.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Alliances;

public sealed class DetailsModel(AtlasDbContext db, WorldShapes shapes, TimeProvider clock) : PageModel
{
    public Alliance Alliance { get; private set; } = null!;
    public RenderedMarkdown Body { get; private set; } = null!;
    public HtmlString Chart { get; private set; } = HtmlString.Empty;
    public List<Membership> Members { get; private set; } = [];
    public int CurrentMembers { get; private set; }
    public PromiseBlock Promised { get; private set; } = null!;

    /// <summary>Members on the map: today's, or those of an alliance's last day.</summary>
    public MapView Map { get; private set; } = MapView.None;
    public DateOnly MapDate { get; private set; }

    private int CurrentOrLastMembers => Members.Count(m => m.WasFullMemberOn(MapDate));

    public Citation Citation { get; private set; } = null!;
    public PageMeta Meta { get; private set; } = null!;

    /// <summary>Set when a reader opened a permanent link to one saved revision.</summary>
    public Revision? ShownRevision { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? rev, string? preview, CancellationToken cancellationToken)
    {
        var alliances = preview == "draft" && await Drafts.MayPreviewAsync(HttpContext)
            ? db.Alliances.IgnoreQueryFilters()
            : db.Alliances;
        var alliance = await alliances.AsNoTracking()
            .Include(a => a.Memberships).ThenInclude(m => m.Country)
            .Include(a => a.Sources)
            .Include(a => a.Obligations)
            .Include(a => a.Phases)
            .Include(a => a.Topics.OrderBy(t => t.Order))
            .Include(a => a.Events.OrderBy(e => e.Date))
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (rev is { } revisionId)
        {
            var revision = await Drafts.FindRevisionAsync(db, HttpContext, Admin.Alliances.EditModel.Type, revisionId, cancellationToken);
            if (revision is null || (revision.Slug != slug && alliance?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) != revision.EntryKey))
            {
                return NotFound();
            }

            var form = Admin.RevisionLog.Read<Admin.Alliances.AllianceForm>(revision);
            var codes = form.Members.Select(m => m.Country).OfType<string>().ToList();
            var countries = await db.Countries.AsNoTracking().Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, cancellationToken);
            alliance = form.ToAlliance(countries);
            alliance.Events = [];
            alliance.Topics = [];
            ShownRevision = revision;
        }

        if (alliance is null)
        {
            return await Drafts.RedirectFromOldSlugAsync(db, Admin.Alliances.EditModel.Type, slug,
                id => db.Alliances.Where(a => a.Id == id).Select(a => a.Slug), "/alliances/", cancellationToken) ?? NotFound();
        }

        Alliance = alliance;
        (Citation, Meta) = await Sharing.ForAsync(db, HttpContext, Admin.Alliances.EditModel.Type,
            alliance.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "/alliances/" + alliance.Slug,
            alliance.Name, alliance.Summary, "Article", ShownRevision, clock, cancellationToken);
        Body = MarkdownRenderer.Render(alliance.Body);
        Members = alliance.Memberships
            .OrderBy(m => m.Joined).ThenBy(m => m.Country.Name, StringComparer.Ordinal).ToList();
        Promised = new PromiseBlock(alliance,
            Members.Select(m => m.Country).DistinctBy(c => c.Code).ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal),
            "promises");
        CurrentMembers = alliance.Dissolved is null
            ? Members.Count(m => m.CountsAsCurrentFullMember)
            : 0;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var counted = Members.Where(m => m.Role is MembershipRole.Member or MembershipRole.FoundingMember)
            .Select(m => new MembershipChart.Span(m.Joined, m.Left));
        Chart = MembershipChart.Render(alliance.Slug, alliance.DisplayName,
            MembershipChart.MembersPerYear(counted, alliance.Founded, alliance.Dissolved, today));

        // The page shows the key and notes; the drawing itself is the image at AllianceMap.ImagePath.
        MapDate = AllianceMap.DateOf(alliance, today);
        Map = AllianceMap.Draw(await CountryDirectory.LoadAsync(db, cancellationToken), alliance, Members, MapDate)
            .Render(outlines: null, "map-" + alliance.Slug, AllianceMap.Title(alliance, MapDate)) with
            {
                ImageUrl = shapes.Outlines is null ? null : AllianceMap.ImagePath(alliance.Slug),
                ImageDescription = $"World map with the {CurrentOrLastMembers} members of {alliance.DisplayName} shaded, on {HistoricalDate.Format(MapDate, DatePrecision.Day)}; the table of members lists them.",
            };
        return Page();
    }
}
