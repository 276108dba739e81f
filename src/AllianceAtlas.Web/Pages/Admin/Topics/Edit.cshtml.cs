using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Rendering;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Admin.Topics;

public sealed class EditModel(AtlasDbContext db, TimeProvider clock) : EntryEditModel<TopicForm>
{
    public const string Type = "topics";

    [FromRoute]
    public int? Id { get; set; }

    public RenderedMarkdown? Preview { get; private set; }
    public List<(string Slug, string Name)> AllianceChoices { get; private set; } = [];
    public List<(string Slug, string Title)> EventChoices { get; private set; } = [];

    protected override string EntryType => Type;

    protected override string? EntryKey => Id?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    protected override async Task<TopicForm?> CurrentAsync(CancellationToken cancellationToken) =>
        Id is { } id && await LoadAsync(id, cancellationToken) is { } topic ? TopicForm.From(topic) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            if (await LoadAsync(id, cancellationToken) is not { } topic)
            {
                return NotFound();
            }

            Form = TopicForm.From(topic);
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        Preview = MarkdownRenderer.Render(Form.Body);
        return await ShowAsync(cancellationToken);
    }

    public override async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var topic = Id is { } id ? await LoadAsync(id, cancellationToken) : new Topic { Slug = "", Title = "", Summary = "" };
        if (topic is null)
        {
            return NotFound();
        }

        FormRules.Slug(ModelState, "Form.Slug", Form.Slug);
        if (await db.Topics.IgnoreQueryFilters().AnyAsync(t => t.Slug == Form.Slug && t.Id != topic.Id, cancellationToken))
        {
            ModelState.AddModelError("Form.Slug", $"Another topic already uses the address /topics/{Form.Slug}.");
        }

        var alliances = await db.Alliances.IgnoreQueryFilters().Where(a => Form.Alliances.Contains(a.Slug)).ToListAsync(cancellationToken);
        var events = await db.Events.IgnoreQueryFilters().Where(e => Form.Events.Contains(e.Slug)).ToListAsync(cancellationToken);
        foreach (var unknown in Form.Alliances.Except(alliances.Select(a => a.Slug)))
        {
            ModelState.AddModelError("Form.Alliances", $"There is no alliance “{unknown}”.");
        }

        foreach (var unknown in Form.Events.Except(events.Select(e => e.Slug)))
        {
            ModelState.AddModelError("Form.Events", $"There is no event “{unknown}”.");
        }

        var sources = FormRules.Sources(ModelState, Form.Sources, await db.Sources.ToListAsync(cancellationToken));
        if (!ModelState.IsValid)
        {
            return await ShowAsync(cancellationToken);
        }

        if (Id is not null && topic.Version != Form.Version)
        {
            return await ShowConflictAsync(topic, cancellationToken);
        }

        var oldSlug = topic.Slug;
        topic.Slug = Form.Slug.Trim();
        topic.Title = Form.Title.Trim();
        topic.Order = Form.Order;
        topic.Summary = Form.Summary.Trim();
        topic.Body = Form.Body;
        topic.IsPublished = Form.IsPublished;
        topic.Alliances = alliances;
        topic.Events = events;
        topic.Sources = sources;
        topic.Version++;
        topic.EditedAt = clock.GetUtcNow();
        if (Id is null)
        {
            db.Topics.Add(topic);
        }

        Form.Version = topic.Version;
        var save = new EntrySaving.Save(Type, oldSlug, User.Identity?.Name ?? "unknown", EditSummary, clock.GetUtcNow().UtcDateTime);
        if (!await EntrySaving.SaveAsync(db, save, () => new EntrySaving.Saved(topic.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), topic.Slug, topic.Title, topic.IsPublished, topic.Id), Form, cancellationToken))
        {
            return await ShowConflictAsync(await LoadAsync(topic.Id, cancellationToken) ?? topic, cancellationToken);
        }

        Saved = $"Saved {topic.Title}.";
        return Redirect($"/admin/topics/{topic.Id}/edit");
    }

    private async Task<IActionResult> ShowConflictAsync(Topic current, CancellationToken cancellationToken)
    {
        ExplainConflict(TopicForm.From(current), "topic");
        return await ShowAsync(cancellationToken);
    }

    private async Task<Topic?> LoadAsync(int id, CancellationToken cancellationToken) =>
        await db.Topics.IgnoreQueryFilters()
            .Include(t => t.Alliances).Include(t => t.Events).Include(t => t.Sources)
            .AsSplitQuery()
            .FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    protected override Task<IActionResult> ShowFormAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        AllianceChoices = (await db.Alliances.IgnoreQueryFilters().OrderBy(a => a.Name).Select(a => new { a.Slug, a.Name }).ToListAsync(cancellationToken))
            .Select(a => (a.Slug, a.Name)).ToList();
        EventChoices = (await db.Events.IgnoreQueryFilters().OrderBy(e => e.Date).Select(e => new { e.Slug, e.Title }).ToListAsync(cancellationToken))
            .Select(e => (e.Slug, e.Title)).ToList();
        Form.Sources.RemoveAll(row => row.IsBlank);
        Form.Sources.AddRange(Enumerable.Range(0, 2).Select(_ => new SourceRow()));
        return Page();
    }
}
