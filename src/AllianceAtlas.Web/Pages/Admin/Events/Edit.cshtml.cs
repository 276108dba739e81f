using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Admin.Events;

public sealed class EditModel(AtlasDbContext db, TimeProvider clock) : EntryEditModel<EventForm>
{
    public const string Type = "events";

    [FromRoute]
    public int? Id { get; set; }

    public RenderedMarkdown? Preview { get; private set; }
    public List<(string Slug, string Name)> AllianceChoices { get; private set; } = [];
    public List<(string Code, string Name)> CountryChoices { get; private set; } = [];
    public List<(string Slug, string Title)> TopicChoices { get; private set; } = [];

    protected override string EntryType => Type;

    protected override string? EntryKey => Id?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected override async Task<EventForm?> CurrentAsync(CancellationToken cancellationToken) =>
        Id is { } id && await LoadAsync(id, cancellationToken) is { } timelineEvent ? EventForm.From(timelineEvent) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            if (await LoadAsync(id, cancellationToken) is not { } timelineEvent)
            {
                return NotFound();
            }

            Form = EventForm.From(timelineEvent);
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        Preview = MarkdownRenderer.Render(Form.Body ?? "");
        return await ShowAsync(cancellationToken);
    }

    public override async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var timelineEvent = Id is { } id ? await LoadAsync(id, cancellationToken) : new TimelineEvent { Slug = "", Title = "", Summary = "" };
        if (timelineEvent is null)
        {
            return NotFound();
        }

        FormRules.Slug(ModelState, "Form.Slug", Form.Slug);
        if (await db.Events.IgnoreQueryFilters().AnyAsync(e => e.Slug == Form.Slug && e.Id != timelineEvent.Id, cancellationToken))
        {
            ModelState.AddModelError("Form.Slug", $"Another event already uses the address {Form.Slug}.");
        }

        var date = FormRules.Date(ModelState, "Form.Date", Form.Date, required: true, "event's");
        if (Form.IsTurningPoint && string.IsNullOrWhiteSpace(Form.Body))
        {
            ModelState.AddModelError("Form.Body", "A turning point needs its essay.");
        }

        var alliances = await db.Alliances.IgnoreQueryFilters().Where(a => Form.Alliances.Contains(a.Slug)).ToListAsync(cancellationToken);
        var countries = await db.Countries.Where(c => Form.Countries.Contains(c.Code)).ToListAsync(cancellationToken);
        var topics = await db.Topics.IgnoreQueryFilters().Where(t => Form.Topics.Contains(t.Slug)).ToListAsync(cancellationToken);
        foreach (var unknown in Form.Alliances.Except(alliances.Select(a => a.Slug)))
        {
            ModelState.AddModelError("Form.Alliances", $"There is no alliance “{unknown}”.");
        }

        foreach (var unknown in Form.Countries.Except(countries.Select(c => c.Code)))
        {
            ModelState.AddModelError("Form.Countries", $"There is no country with the code “{unknown}”.");
        }

        foreach (var unknown in Form.Topics.Except(topics.Select(t => t.Slug)))
        {
            ModelState.AddModelError("Form.Topics", $"There is no topic “{unknown}”.");
        }

        var sources = FormRules.Sources(ModelState, Form.Sources, await db.Sources.ToListAsync(cancellationToken));
        if (!ModelState.IsValid || date is not { } when)
        {
            return await ShowAsync(cancellationToken);
        }

        if (Id is not null && timelineEvent.Version != Form.Version)
        {
            return await ShowConflictAsync(timelineEvent, cancellationToken);
        }

        var oldSlug = timelineEvent.Slug;
        timelineEvent.Slug = Form.Slug.Trim();
        timelineEvent.Title = Form.Title.Trim();
        (timelineEvent.Date, timelineEvent.DatePrecision) = (when.Date, when.Precision);
        timelineEvent.Kind = Form.Kind;
        timelineEvent.IsTurningPoint = Form.IsTurningPoint;
        timelineEvent.Summary = Form.Summary.Trim();
        timelineEvent.Body = Form.Body ?? "";
        timelineEvent.IsPublished = Form.IsPublished;
        timelineEvent.Alliances = alliances;
        timelineEvent.Countries = countries;
        timelineEvent.Topics = topics;
        timelineEvent.Sources = sources;
        timelineEvent.Version++;
        timelineEvent.EditedAt = clock.GetUtcNow();
        if (Id is null)
        {
            db.Events.Add(timelineEvent);
        }

        Form.Version = timelineEvent.Version;
        var save = new EntrySaving.Save(Type, oldSlug, User.Identity?.Name ?? "unknown", EditSummary, clock.GetUtcNow().UtcDateTime);
        if (!await EntrySaving.SaveAsync(db, save, () => new EntrySaving.Saved(timelineEvent.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), timelineEvent.Slug, timelineEvent.Title, timelineEvent.IsPublished, timelineEvent.Id), Form, cancellationToken))
        {
            return await ShowConflictAsync(await LoadAsync(timelineEvent.Id, cancellationToken) ?? timelineEvent, cancellationToken);
        }

        Saved = $"Saved {timelineEvent.Title}.";
        return Redirect($"/admin/events/{timelineEvent.Id}/edit");
    }

    private async Task<IActionResult> ShowConflictAsync(TimelineEvent current, CancellationToken cancellationToken)
    {
        ExplainConflict(EventForm.From(current), "event");
        return await ShowAsync(cancellationToken);
    }

    private async Task<TimelineEvent?> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.Events.IgnoreQueryFilters()
            .Include(e => e.Alliances).Include(e => e.Countries).Include(e => e.Topics).Include(e => e.Sources)
            .AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    protected override Task<IActionResult> ShowFormAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        AllianceChoices = (await db.Alliances.IgnoreQueryFilters().OrderBy(a => a.Name).Select(a => new { a.Slug, a.Name }).ToListAsync(cancellationToken))
            .Select(a => (a.Slug, a.Name)).ToList();
        CountryChoices = (await db.Countries.OrderBy(c => c.Name).Select(c => new { c.Code, c.Name }).ToListAsync(cancellationToken))
            .Select(c => (c.Code, c.Name)).ToList();
        TopicChoices = (await db.Topics.IgnoreQueryFilters().OrderBy(t => t.Order).Select(t => new { t.Slug, t.Title }).ToListAsync(cancellationToken))
            .Select(t => (t.Slug, t.Title)).ToList();
        Form.Sources.RemoveAll(row => row.IsBlank);
        Form.Sources.AddRange(Enumerable.Range(0, 2).Select(_ => new SourceRow()));
        return Page();
    }
}
