using System.Data.Common;
using System.ComponentModel.DataAnnotations;
using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>The form as typed, with the lists its choices come from; a page without such lists shows itself.</summary>
    protected virtual Task<IActionResult> ShowFormAsync(CancellationToken cancellationToken) => Task.FromResult<IActionResult>(Page());

    /// <summary>
    /// A save the storage refuses (the file removed, read-only or full) is no editor's mistake and no reason to lose
    /// their work: the form comes back as typed, saying that nothing was saved and why.
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (DatabaseWriteFailures.Explain(executed.Exception) is not { } why)
        {
            return;
        }

        executed.ExceptionHandled = true;
        ModelState.AddModelError(string.Empty, $"Nothing was saved. {why}");
        HttpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        HttpContext.RequestServices.GetRequiredService<AtlasDbContext>().ChangeTracker.Clear();
        try
        {
            executed.Result = await ShowFormAsync(HttpContext.RequestAborted);
        }
        catch (Exception exception) when (DatabaseWriteFailures.Explain(exception) is not null || exception is DbException)
        {
            // The lists of choices could not be read either: the form as typed is still worth more than an error page.
            executed.Result = Page();
        }
    }

    protected void ExplainConflict(TForm theirs, string what)
    {
        Theirs = theirs;
        Conflicts.Explain(ModelState, what);
        Form.Version = theirs.Version;
    }
}
