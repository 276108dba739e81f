using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Admin.Countries;

public sealed class EditModel(AtlasDbContext db, TimeProvider clock) : EntryEditModel<CountryForm>
{
    public const string Type = "countries";

    [FromRoute]
    public string? Code { get; set; }


    protected override string EntryType => Type;

    protected override string? EntryKey => Code;

    protected override async Task<CountryForm?> CurrentAsync(CancellationToken cancellationToken) =>
        await db.Countries.AsNoTracking().FirstOrDefaultAsync(c => c.Code == Code, cancellationToken) is { } country ? CountryForm.Of(country) : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Code is not null)
        {
            if (await db.Countries.AsNoTracking().FirstOrDefaultAsync(c => c.Code == Code, cancellationToken) is not { } country)
            {
                return NotFound();
            }

            Form = CountryForm.Of(country);
        }

        return Page();
    }

    public override async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        var country = Code is null ? null : await db.Countries.FirstOrDefaultAsync(c => c.Code == Code, cancellationToken);
        if (Code is not null && country is null)
        {
            return NotFound();
        }

        if (Code is not null)
        {
            Form.Code = Code;
            ModelState.Remove("Form.Code");
        }
        else if (await db.Countries.AnyAsync(c => c.Code == Form.Code, cancellationToken))
        {
            ModelState.AddModelError("Form.Code", $"The code {Form.Code} is already used.");
        }

        var from = FormRules.Date(ModelState, "Form.From", Form.From, required: false, "founding");
        var to = FormRules.Date(ModelState, "Form.To", Form.To, required: false, "end");
        if (from is { } start && to is { } end && end.Date < start.Date)
        {
            ModelState.AddModelError("Form.To", $"A state cannot end ({end}) before it began ({start}).");
        }

        var successors = Form.SuccessorCodes;
        var known = await db.Countries.Where(c => successors.Contains(c.Code)).Select(c => c.Code).ToListAsync(cancellationToken);
        foreach (var unknown in successors.Except(known))
        {
            ModelState.AddModelError("Form.Successors", $"There is no country with the code {unknown}.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (country is not null && country.Version != Form.Version)
        {
            return ShowConflict(country);
        }

        country ??= db.Countries.Add(new Country { Code = Form.Code, Name = Form.Name }).Entity;
        country.Name = Form.Name.Trim();
        (country.From, country.FromPrecision) = (from?.Date, from?.Precision ?? DatePrecision.Day);
        (country.To, country.ToPrecision) = (to?.Date, to?.Precision ?? DatePrecision.Day);
        country.Successors = [.. successors];
        country.Note = FormRules.Trimmed(Form.Note);
        country.Version++;
        country.EditedAt = clock.GetUtcNow();
        Form.Version = country.Version;

        var saved = country;
        var save = new EntrySaving.Save(Type, "", User.Identity?.Name ?? "unknown", EditSummary, clock.GetUtcNow().UtcDateTime);
        if (!await EntrySaving.SaveAsync(db, save, () => new EntrySaving.Saved(saved.Code, saved.Slug, saved.Name, IsPublished: true), Form, cancellationToken))
        {
            return ShowConflict(await db.Countries.AsNoTracking().FirstAsync(c => c.Code == saved.Code, cancellationToken));
        }

        Saved = $"Saved {country.Name}.";
        return Redirect($"/admin/countries/{country.Code}/edit");
    }

    private PageResult ShowConflict(Country current)
    {
        ExplainConflict(CountryForm.Of(current), "country");
        return Page();
    }
}
