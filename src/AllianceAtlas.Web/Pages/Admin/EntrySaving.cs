using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Admin;

/// <summary>
/// One save of an editor's form: the entry, its old address kept as a redirect and a revision, all
/// in one transaction, or none of it when someone else saved first.
/// </summary>
public static class EntrySaving
{
    public sealed record Save(string EntryType, string OldSlug, string Editor, string? Summary, DateTime SavedAtUtc);

    /// <summary>False when another editor's save got there first; nothing was written then.</summary>
    public static async Task<bool> SaveAsync(AtlasDbContext db, Save save, Func<(int Id, string Slug, string Title, bool IsPublished)> entry,
        object snapshot, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var (id, slug, title, isPublished) = entry();
            await SlugHistory.RecordAsync(db, save.EntryType, save.OldSlug, slug, id, cancellationToken);
            await RevisionLog.AddAsync(db, save.EntryType, id.ToString(System.Globalization.CultureInfo.InvariantCulture), slug, title,
                isPublished, snapshot, save.Editor, save.Summary, save.SavedAtUtc, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
