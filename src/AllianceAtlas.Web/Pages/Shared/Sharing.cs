using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Shared;

/// <summary>The citation and link preview of a content page, pointing at the revision the reader sees.</summary>
public static class Sharing
{
    public static async Task<(Citation Citation, PageMeta Meta)> ForAsync(AtlasDbContext db, HttpContext context, string entryType,
        string entryKey, string path, string title, string description, string schemaType, Revision? shown, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var latest = shown ?? await db.Revisions.AsNoTracking()
            .Where(r => r.EntryType == entryType && r.EntryKey == entryKey)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var root = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        var permanent = latest is null ? root + path : $"{root}{path}?rev={latest.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return (new Citation(title, permanent, today), new PageMeta(title, description, root + path, schemaType, latest?.SavedAtUtc));
    }
}
