using System.Globalization;
using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Admin.Sources;

public sealed class EditModel(AtlasDbContext db, TimeProvider clock) : EntryEditModel<SourceForm>
{
    public const string Type = "sources";

    [FromRoute]
    public int? Id { get; set; }


    public int CitedBy { get; private set; }

    protected override string EntryType => Type;

    protected override string? EntryKey => Id?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected override async Task<SourceForm?> CurrentAsync(CancellationToken cancellationToken) =>
        await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == Id, cancellationToken) is { } source ? SourceForm.Of(source) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            if (await db.Sources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } source)
            {
                return NotFound();
            }

            Form = SourceForm.Of(source);
            CitedBy = await CitationsAsync(id, cancellationToken);
        }

        return Page();
    }

    public override async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var source = Id is { } id ? await db.Sources.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) : null;
        if (Id is not null && source is null)
        {
            return NotFound();
        }

        var date = FormRules.Date(ModelState, "Form.Date", Form.Date, required: false, "publication");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (source is not null && source.Version != Form.Version)
        {
            return ShowConflict(source);
        }

        source ??= db.Sources.Add(new Source { Title = Form.Title }).Entity;
        source.Title = Form.Title.Trim();
        source.Publisher = FormRules.Trimmed(Form.Publisher);
        source.Url = FormRules.Trimmed(Form.Url);
        source.Published = date is { } d ? HistoricalDate.Iso(d.Date, d.Precision) : null;
        source.Version++;
        Form.Version = source.Version;

        var saved = source;
        var save = new EntrySaving.Save(Type, "", User.Identity?.Name ?? "unknown", EditSummary, clock.GetUtcNow().UtcDateTime);
        if (!await EntrySaving.SaveAsync(db, save,
                () => new EntrySaving.Saved(saved.Id.ToString(CultureInfo.InvariantCulture), saved.Id.ToString(CultureInfo.InvariantCulture), saved.Title, IsPublished: true),
                Form, cancellationToken))
        {
            return ShowConflict(await db.Sources.AsNoTracking().FirstAsync(s => s.Id == saved.Id, cancellationToken));
        }

        Saved = $"Saved {source.Title}.";
        return Redirect($"/admin/sources/{source.Id}/edit");
    }

    private async Task<int> CitationsAsync(int id, CancellationToken cancellationToken) =>
        await db.Alliances.IgnoreQueryFilters().CountAsync(a => a.Sources.Any(s => s.Id == id), cancellationToken)
        + await db.Events.IgnoreQueryFilters().CountAsync(e => e.Sources.Any(s => s.Id == id), cancellationToken)
        + await db.Topics.IgnoreQueryFilters().CountAsync(t => t.Sources.Any(s => s.Id == id), cancellationToken);

    private PageResult ShowConflict(Source current)
    {
        ExplainConflict(SourceForm.Of(current), "source");
        return Page();
    }
}
