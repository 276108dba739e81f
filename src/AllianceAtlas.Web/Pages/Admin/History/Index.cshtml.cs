using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Admin.Entries;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Admin.History;

public sealed class IndexModel(AtlasDbContext db) : PageModel
{
    public EntryType Type { get; private set; } = EntryType.Alliances;
    public string Key { get; private set; } = "";
    public List<Revision> Revisions { get; private set; } = [];
    public Revision? Shown { get; private set; }
    public Revision? Previous { get; private set; }
    public DiffPaneModel? Diff { get; private set; }

    public async Task<IActionResult> OnGetAsync(string type, string key, int? rev, CancellationToken cancellationToken)
    {
        if (EntryType.Find(type) is not { } entryType)
        {
            return NotFound();
        }

        Type = entryType;
        Key = key;
        Revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.EntryType == entryType.Key && r.EntryKey == key)
            .OrderByDescending(r => r.Number)
            .ToListAsync(cancellationToken);
        if (Revisions.Count == 0)
        {
            return Page();
        }

        Shown = rev is { } id ? Revisions.FirstOrDefault(r => r.Id == id) : Revisions[0];
        if (Shown is null)
        {
            return NotFound();
        }

        Previous = Revisions.FirstOrDefault(r => r.Number == Shown.Number - 1);
        Diff = InlineDiffBuilder.Diff(Previous is null ? "" : RevisionLog.AsText(Previous), RevisionLog.AsText(Shown));
        return Page();
    }
}
