using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Shared;
using AllianceAtlas.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Admin.Alliances;

public sealed class EditModel(AtlasDbContext db, TimeProvider clock) : EntryEditModel<AllianceForm>
{
    public const string Type = "alliances";

    [FromRoute]
    public int? Id { get; set; }

    public RenderedMarkdown? Preview { get; private set; }


    public List<Country> Countries { get; private set; } = [];

    /// <summary>The stored promises, shown read-only: the form does not edit them, and a save leaves them alone.</summary>
    public PromiseBlock? Promised { get; private set; }

    protected override string EntryType => Type;

    protected override string? EntryKey => Id?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected override async Task<AllianceForm?> CurrentAsync(CancellationToken cancellationToken) =>
        Id is { } id && await LoadAsync(id, cancellationToken) is { } alliance ? AllianceForm.From(alliance) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            if (await LoadAsync(id, cancellationToken) is not { } alliance)
            {
                return NotFound();
            }

            Form = AllianceForm.From(alliance);
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        Preview = MarkdownRenderer.Render(Form.Body ?? "");
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddRowsAsync(CancellationToken cancellationToken)
    {
        Form.Members.AddRange(Enumerable.Range(0, 5).Select(_ => new MemberRow()));
        return await ShowAsync(cancellationToken, keepBlankRows: true);
    }

    public override async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var alliance = Id is { } id ? await LoadAsync(id, cancellationToken) : new Alliance { Slug = "", Name = "", Summary = "" };
        if (alliance is null)
        {
            return NotFound();
        }

        var values = await ValidateAsync(alliance.Id, cancellationToken);
        if (!ModelState.IsValid || values is null)
        {
            return await ShowAsync(cancellationToken);
        }

        if (Id is not null && alliance.Version != Form.Version)
        {
            return await ShowConflictAsync(alliance, cancellationToken);
        }

        var oldSlug = alliance.Slug;
        values.ApplyTo(alliance);
        alliance.Sources = FormRules.Sources(ModelState, Form.Sources, await db.Sources.ToListAsync(cancellationToken));
        alliance.Version++;
        alliance.EditedAt = clock.GetUtcNow();
        if (Id is null)
        {
            db.Alliances.Add(alliance);
        }

        Form.Version = alliance.Version;
        var save = new EntrySaving.Save(Type, oldSlug, User.Identity?.Name ?? "unknown", EditSummary, clock.GetUtcNow().UtcDateTime);
        if (!await EntrySaving.SaveAsync(db, save, () => new EntrySaving.Saved(alliance.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), alliance.Slug, alliance.Name, alliance.IsPublished, alliance.Id), Form, cancellationToken))
        {
            return await ShowConflictAsync(await LoadAsync(alliance.Id, cancellationToken) ?? alliance, cancellationToken);
        }

        Saved = $"Saved {alliance.Name}.";
        return Redirect($"/admin/alliances/{alliance.Id}/edit");
    }

    private async Task<IActionResult> ShowConflictAsync(Alliance current, CancellationToken cancellationToken)
    {
        ExplainConflict(AllianceForm.From(current), "alliance");
        return await ShowAsync(cancellationToken);
    }

    private async Task<Alliance?> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.Alliances.IgnoreQueryFilters()
            .Include(a => a.Memberships.OrderBy(m => m.Joined))
            .Include(a => a.Sources)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    protected override Task<IActionResult> ShowFormAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken, keepBlankRows: true);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken, bool keepBlankRows = false)
    {
        Countries = await db.Countries.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken);
        if (Id is { } id && await db.Alliances.IgnoreQueryFilters().AsNoTracking().Include(a => a.Obligations).Include(a => a.Phases)
                .AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, cancellationToken) is { Obligations.Count: > 0 } alliance)
        {
            Promised = new PromiseBlock(alliance, Countries.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal), "promises");
        }
        if (!keepBlankRows)
        {
            Form.AddBlankRows(members: 3, sources: 2);
        }

        return Page();
    }

    private async Task<AllianceValues?> ValidateAsync(int allianceId, CancellationToken cancellationToken)
    {
        FormRules.Slug(ModelState, "Form.Slug", Form.Slug);
        if (await db.Alliances.IgnoreQueryFilters().AnyAsync(a => a.Slug == Form.Slug && a.Id != allianceId, cancellationToken))
        {
            ModelState.AddModelError("Form.Slug", $"Another alliance already uses the address /alliances/{Form.Slug}.");
        }

        var founded = FormRules.Date(ModelState, "Form.Founded", Form.Founded, required: true, "founding");
        var dissolved = FormRules.Date(ModelState, "Form.Dissolved", Form.Dissolved, required: false, "dissolution");
        if (founded is { } start && dissolved is { } end && end.Date <= start.Date)
        {
            ModelState.AddModelError("Form.Dissolved", $"The alliance cannot end ({end}) before it was founded ({start}).");
        }

        foreach (var region in Form.Regions.Where(r => !AllianceAtlas.Web.Content.ContentReader.Regions.Contains(r)))
        {
            ModelState.AddModelError("Form.Regions", $"“{region}” is not a region.");
        }

        var rows = new List<(int Index, MemberRow Row, HistoricalDate Joined, HistoricalDate? Left)>();
        for (var i = 0; i < Form.Members.Count; i++)
        {
            var row = Form.Members[i];
            if (row.IsBlank)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(row.Country))
            {
                ModelState.AddModelError($"Form.Members[{i}].Country", "Choose the member country, or clear the whole row.");
            }

            var joined = FormRules.Date(ModelState, $"Form.Members[{i}].Joined", row.Joined, required: true, "joining");
            var left = FormRules.Date(ModelState, $"Form.Members[{i}].Left", row.Left, required: false, "leaving");
            if (row.End is not null && left is null)
            {
                ModelState.AddModelError($"Form.Members[{i}].End", "Say how a membership ended only when it has a date it ended.");
            }

            if (joined is { } joinedDate && !string.IsNullOrWhiteSpace(row.Country))
            {
                rows.Add((i, row, joinedDate, left));
            }
        }

        if (founded is not { } foundedDate)
        {
            return null;
        }

        var codes = rows.Select(r => r.Row.Country!.Trim().ToUpperInvariant()).Distinct().ToList();
        var states = await db.Countries.AsNoTracking().Where(c => codes.Contains(c.Code)).ToDictionaryAsync(c => c.Code, cancellationToken);
        var breaches = MembershipRules.Check(string.IsNullOrWhiteSpace(Form.Name) ? "the alliance" : Form.Name, foundedDate, dissolved,
            rows.Select(r => new MembershipRules.Member(r.Row.Country!.Trim().ToUpperInvariant(), r.Joined, r.Left)).ToList(),
            code => states.TryGetValue(code, out var state)
                ? new MembershipRules.State(state.Name, ToDate(state.From, state.FromPrecision), ToDate(state.To, state.ToPrecision))
                : null);
        foreach (var breach in breaches)
        {
            var field = breach.Field switch { "country" => "Country", "left" => "Left", _ => "Joined" };
            ModelState.AddModelError($"Form.Members[{rows[breach.Index].Index}].{field}", Sentence(breach.Message));
        }

        return new AllianceValues(Form, foundedDate, dissolved,
            rows.Select(r => (r.Row, r.Row.Country!.Trim().ToUpperInvariant(), r.Joined, r.Left)).ToList());
    }

    private static HistoricalDate? ToDate(DateOnly? date, DatePrecision precision) =>
        date is { } value ? new HistoricalDate(value, precision) : null;

    private static string Sentence(string message) => char.ToUpperInvariant(message[0]) + message[1..] + ".";
}
