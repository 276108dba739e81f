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

    /// <summary>The entry as saved; an entry with a numeric id keeps its old addresses as redirects.</summary>
    public sealed record Saved(string Key, string Slug, string Title, bool IsPublished, int? Id = null);

    /// <summary>False when another editor's save got there first; nothing was written then.</summary>
    public static async Task<bool> SaveAsync(AtlasDbContext db, Save save, Func<Saved> entry, object snapshot, CancellationToken cancellationToken)
    {
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var saved = entry();
            if (saved.Id is { } id)
            {
                await SlugHistory.RecordAsync(db, save.EntryType, save.OldSlug, saved.Slug, id, cancellationToken);
            }

            await RevisionLog.AddAsync(db, save.EntryType, saved.Key, saved.Slug, saved.Title,
                saved.IsPublished, snapshot, save.Editor, save.Summary, save.SavedAtUtc, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await Search.SearchIndex.UpdateAsync(db, save.EntryType, saved.Key, cancellationToken);
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
