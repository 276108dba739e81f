using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Shared;

/// <summary>
/// The alliances a form offers to choose from. Past <see cref="MaxListed"/> a list stops helping anyone (and tens of
/// thousands of options would make the page huge), so the form asks for an alliance's address instead.
/// </summary>
public static class AlliancePicker
{
    public const int MaxListed = 300;

    /// <summary>By name, one more than can be listed, so <see cref="CanList"/> can tell whether there are too many.</summary>
    /// <remarks>With <paramref name="promise"/>, only the alliances in which some member made that kind of promise.</remarks>
    public static async Task<List<(string Slug, string Name)>> LoadAsync(AtlasDbContext db, CancellationToken cancellationToken,
        ObligationType? promise = null) =>
        (await db.Alliances.AsNoTracking().Where(a => promise == null || a.Obligations.Any(o => o.Type == promise)).OrderBy(a => a.Name)
            .Select(a => new { a.Slug, a.Name }).Take(MaxListed + 1).ToListAsync(cancellationToken))
        .Select(a => (a.Slug, a.Name)).ToList();

    public static bool CanList(IReadOnlyCollection<(string Slug, string Name)> choices) => choices.Count <= MaxListed;
}
