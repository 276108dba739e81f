using System.ComponentModel.DataAnnotations;
using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Admin.Countries;

/// <summary>Everything an editor can say about a state; also the shape of its revisions.</summary>
public sealed class CountryForm : IEntryForm
{
    [Required(ErrorMessage = "Enter the country code, such as FR, SUHH or XAH.")]
    [RegularExpression("^([A-Z]{2}|[A-Z]{4}|X[A-Z]{2})$", ErrorMessage = "Use ISO 3166-1 alpha-2 (FR), ISO 3166-3 (SUHH) or X and two letters for an older state (XAH).")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter the state's name.")]
    [StringLength(120)]
    public string Name { get; set; } = "";

    [StringLength(10)]
    public string? From { get; set; }

    [StringLength(10)]
    public string? To { get; set; }

    [StringLength(400)]
    public string? Successors { get; set; }

    [StringLength(1000)]
    [DataType(DataType.MultilineText)]
    public string? Note { get; set; }

    public int Version { get; set; }

    public static CountryForm Of(Country country) => new()
    {
        Code = country.Code,
        Name = country.Name,
        From = country.From is { } from ? HistoricalDate.Iso(from, country.FromPrecision) : null,
        To = country.To is { } to ? HistoricalDate.Iso(to, country.ToPrecision) : null,
        Successors = string.Join(", ", country.Successors),
        Note = country.Note,
        Version = country.Version,
    };

    public IReadOnlyList<string> SuccessorCodes =>
        (Successors ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(code => code.ToUpperInvariant()).Distinct().ToList();
}
