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
    public static async Task<List<(string Slug, string Name)>> LoadAsync(AtlasDbContext db, CancellationToken cancellationToken) =>
        (await db.Alliances.AsNoTracking().OrderBy(a => a.Name)
            .Select(a => new { a.Slug, a.Name }).Take(MaxListed + 1).ToListAsync(cancellationToken))
        .Select(a => (a.Slug, a.Name)).ToList();

    public static bool CanList(IReadOnlyCollection<(string Slug, string Name)> choices) => choices.Count <= MaxListed;
}
