using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Admin;

/// <summary>Keeps every address an entry has had working, so a teacher's old link still arrives.</summary>
public static class SlugHistory
{
    public static async Task RecordAsync(AtlasDbContext db, string entryType, string oldSlug, string newSlug, int entryId, CancellationToken cancellationToken)
    {
        // An address taken by a new owner stops redirecting to the old one.
        db.SlugRedirects.RemoveRange(await db.SlugRedirects
            .Where(r => r.EntryType == entryType && r.OldSlug == newSlug).ToListAsync(cancellationToken));
        if (oldSlug.Length > 0 && oldSlug != newSlug)
        {
            db.SlugRedirects.Add(new SlugRedirect { EntryType = entryType, OldSlug = oldSlug, EntryId = entryId });
        }
    }

    public static async Task<int?> FindAsync(AtlasDbContext db, string entryType, string slug, CancellationToken cancellationToken) =>
        await db.SlugRedirects.AsNoTracking()
            .Where(r => r.EntryType == entryType && r.OldSlug == slug)
            .Select(r => (int?)r.EntryId)
            .FirstOrDefaultAsync(cancellationToken);
}
