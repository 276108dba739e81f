using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Api;

public sealed record CountrySummary(string Code, string Name, bool Former, string? From, string? To, IReadOnlyList<string> Successors, string Url)
{
    public static CountrySummary Of(Country country) => new(
        country.Code, country.Name, country.IsFormer,
        country.From is { } from ? HistoricalDate.Iso(from, country.FromPrecision) : null,
        country.To is { } to ? HistoricalDate.Iso(to, country.ToPrecision) : null,
        country.Successors, "/countries/" + country.Slug);
}
