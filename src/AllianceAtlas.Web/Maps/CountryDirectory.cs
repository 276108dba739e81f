using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Maps;

/// <summary>Every country's name and, for a former state, the present-day states drawn in its place.</summary>
public sealed class CountryDirectory
{
    private readonly Dictionary<string, (string Name, IReadOnlyList<string> Successors)> _countries;

    private CountryDirectory(Dictionary<string, (string, IReadOnlyList<string>)> countries) => _countries = countries;

    public static async Task<CountryDirectory> LoadAsync(AtlasDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Countries.AsNoTracking()
            .Select(c => new { c.Code, c.Name, c.Successors, c.To })
            .ToListAsync(cancellationToken);
        return new CountryDirectory(rows.ToDictionary(
            r => r.Code,
            r => (r.Name, (IReadOnlyList<string>)(r.To is null ? [] : r.Successors))));
    }

    public string NameOf(string code) => _countries.TryGetValue(code, out var country) ? country.Name : code;

    /// <summary>Where a state is drawn: itself, or for a former state the successors that cover its territory.</summary>
    public IReadOnlyList<string> DrawnAs(string code) =>
        _countries.TryGetValue(code, out var country) && country.Successors.Count > 0 ? country.Successors : [code];
}
