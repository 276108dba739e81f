using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AllianceAtlas.Web.Pages.Admin;

/// <summary>Checks shared by every editor's form, each reported next to the field it concerns.</summary>
public static class FormRules
{
    public static void Slug(ModelStateDictionary state, string field, string? slug)
    {
        if (!string.IsNullOrEmpty(slug) && !YamlFields.SlugPattern().IsMatch(slug))
        {
            state.AddModelError(field, "Use lowercase letters, digits and single hyphens, such as warsaw-pact.");
        }
    }

    public static HistoricalDate? Date(ModelStateDictionary state, string field, string? text, bool required, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                state.AddModelError(field, $"Enter the {label} date.");
            }

            return null;
        }

        if (!HistoricalDate.TryParse(text, out var date, out var problem))
        {
            state.AddModelError(field, $"{problem} Write the {label} date as YYYY, YYYY-MM or YYYY-MM-DD, such as 1949-04-04.");
            return null;
        }

        return date;
    }

    public static List<Source> Sources(ModelStateDictionary state, IReadOnlyList<SourceRow> rows, IEnumerable<Source> existing)
    {
        var records = new List<SourceRecord>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsBlank)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(row.Title))
            {
                state.AddModelError($"Form.Sources[{i}].Title", "Give the source's title, or clear the whole row.");
                continue;
            }

            var date = Date(state, $"Form.Sources[{i}].Date", row.Date, required: false, "publication");
            records.Add(new SourceRecord(row.Title.Trim(), Trimmed(row.Publisher), Trimmed(row.Url),
                date is { } d ? HistoricalDate.Iso(d.Date, d.Precision) : null));
        }

        return new SourceCatalogue(existing).Resolve(records);
    }

    public static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static List<SourceRow> RowsOf(IEnumerable<Source> sources) =>
        sources.Select(s => new SourceRow { Title = s.Title, Publisher = s.Publisher, Url = s.Url, Date = s.Published }).ToList();
}
