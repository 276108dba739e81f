using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Alliances;

public sealed class DetailsModel(AtlasDbContext db, TimeProvider clock) : PageModel
{
    public Alliance Alliance { get; private set; } = null!;
    public RenderedMarkdown Body { get; private set; } = null!;
    public HtmlString Chart { get; private set; } = HtmlString.Empty;
    public List<Membership> Members { get; private set; } = [];
    public int CurrentMembers { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking()
            .Include(a => a.Memberships).ThenInclude(m => m.Country)
            .Include(a => a.Sources)
            .Include(a => a.Topics.OrderBy(t => t.Order))
            .Include(a => a.Events.OrderBy(e => e.Date))
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        if (alliance is null)
        {
            return NotFound();
        }

        Alliance = alliance;
        Body = MarkdownRenderer.Render(alliance.Body);
        Members = alliance.Memberships
            .OrderBy(m => m.Joined).ThenBy(m => m.Country.Name, StringComparer.Ordinal).ToList();
        CurrentMembers = alliance.Dissolved is null
            ? Members.Count(m => m.CountsAsCurrentFullMember)
            : 0;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var counted = Members.Where(m => m.Role is MembershipRole.Member or MembershipRole.FoundingMember)
            .Select(m => new MembershipChart.Span(m.Joined, m.Left));
        Chart = MembershipChart.Render(alliance.Slug, alliance.DisplayName,
            MembershipChart.MembersPerYear(counted, alliance.Founded, alliance.Dissolved, today));
        return Page();
    }
}
