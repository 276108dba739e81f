using AllianceAtlas.Web.Accounts;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Shared;

/// <summary>What reader pages do for entries that are not simply published at their address.</summary>
public static class Drafts
{
    /// <summary>Editors may look at a draft on the public page before readers can.</summary>
    public static async Task<bool> MayPreviewAsync(HttpContext context)
    {
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(context.User, AccountSetup.EditorPolicy)).Succeeded;
    }

    /// <summary>
    /// The revision a permanent link names, if this reader may see it: readers only revisions that were published when
    /// saved (a draft's or a deletion's never were), editors any. Revision ids count up, so they are easy to guess.
    /// </summary>
    public static async Task<Revision?> FindRevisionAsync(AtlasDbContext db, HttpContext context, string entryType, int revisionId,
        CancellationToken cancellationToken)
    {
        var revision = await db.Revisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.Id == revisionId && r.EntryType == entryType, cancellationToken);
        return revision is { IsPublished: false } && !await MayPreviewAsync(context) ? null : revision;
    }

    /// <summary>An entry renamed by an editor keeps its old address, which answers with a permanent redirect.</summary>
    public static async Task<IActionResult?> RedirectFromOldSlugAsync(AtlasDbContext db, string entryType, string slug,
        Func<int, IQueryable<string>> currentSlug, string prefix, CancellationToken cancellationToken)
    {
        if (await SlugHistory.FindAsync(db, entryType, slug, cancellationToken) is not { } id ||
            await currentSlug(id).FirstOrDefaultAsync(cancellationToken) is not { } current)
        {
            return null;
        }

        return new RedirectResult(prefix + current, permanent: true);
    }
}
