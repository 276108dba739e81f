using System.Globalization;
using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Admin.Entries;

public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    public EntryType Type { get; private set; } = EntryType.Alliances;
    public List<EntryRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string type, CancellationToken cancellationToken)
    {
        if (EntryType.Find(type) is not { } entryType)
        {
            return NotFound();
        }

        Type = entryType;
        var rows = entryType.Key switch
        {
            "alliances" => await db.Alliances.IgnoreQueryFilters().OrderBy(a => a.Name)
                .Select(a => new { Key = (object)a.Id, Title = a.Name, Slug = (string?)a.Slug, a.IsPublished, a.EditedAt }).ToListAsync(cancellationToken),
            "events" => await db.Events.IgnoreQueryFilters().OrderBy(e => e.Date)
                .Select(e => new { Key = (object)e.Id, e.Title, Slug = (string?)e.Slug, e.IsPublished, e.EditedAt }).ToListAsync(cancellationToken),
            "topics" => await db.Topics.IgnoreQueryFilters().OrderBy(t => t.Order)
                .Select(t => new { Key = (object)t.Id, t.Title, Slug = (string?)t.Slug, t.IsPublished, t.EditedAt }).ToListAsync(cancellationToken),
            "countries" => await db.Countries.OrderBy(c => c.Name)
                .Select(c => new { Key = (object)c.Code, Title = c.Name, Slug = (string?)c.Code, IsPublished = true, c.EditedAt }).ToListAsync(cancellationToken),
            _ => await db.Sources.OrderBy(s => s.Title)
                .Select(s => new { Key = (object)s.Id, s.Title, Slug = (string?)null, IsPublished = true, EditedAt = (DateTimeOffset?)null }).ToListAsync(cancellationToken),
        };
        Rows = rows.Select(r => new EntryRow(Convert.ToString(r.Key, CultureInfo.InvariantCulture)!, r.Title, r.Slug, r.IsPublished, r.EditedAt)).ToList();
        return Page();
    }
}
