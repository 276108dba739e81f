using System.ComponentModel.DataAnnotations;
using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceAtlas.Web.Pages.Admin;

/// <summary>
/// What every editor's form page shares: the form as typed, the edit summary, restoring a revision
/// through the page's own save, and showing another editor's version when a save comes too late.
/// </summary>
public abstract class EntryEditModel<TForm> : PageModel where TForm : class, IEntryForm, new()
{
    [BindProperty]
    public TForm Form { get; set; } = new();

    [BindProperty]
    [StringLength(500)]
    public string? EditSummary { get; set; }

    /// <summary>What another editor saved meanwhile, shown beside this editor's work.</summary>
    public TForm? Theirs { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    /// <summary>The kind of entry, as revisions and addresses name it.</summary>
    protected abstract string EntryType { get; }

    /// <summary>The key of the entry being edited; null for a new one.</summary>
    protected abstract string? EntryKey { get; }

    /// <summary>The saved entry as a form, or null when it does not exist (any more).</summary>
    protected abstract Task<TForm?> CurrentAsync(CancellationToken cancellationToken);

    public abstract Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken);

    /// <summary>Restoring is saving an old revision's form again, so it is validated and recorded like any save.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(int revision, [FromServices] AtlasDbContext db, CancellationToken cancellationToken)
    {
        var stored = await RevisionLog.FindAsync(db, EntryType, EntryKey, revision, cancellationToken);
        if (stored is null || await CurrentAsync(cancellationToken) is not { } current)
        {
            return NotFound();
        }

        Form = RevisionLog.Read<TForm>(stored);
        Form.Version = current.Version;
        EditSummary = $"Restored revision {stored.Number}";
        ModelState.Clear();
        return await OnPostSaveAsync(cancellationToken);
    }

    protected void ExplainConflict(TForm theirs, string what)
    {
        Theirs = theirs;
        Conflicts.Explain(ModelState, what);
        Form.Version = theirs.Version;
    }
}
