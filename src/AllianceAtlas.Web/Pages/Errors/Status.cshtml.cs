using System.Text.RegularExpressions;
using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Errors;

/// <summary>Explains a missing page and offers the nearest real ones, so a mistyped link is not a dead end.</summary>
public sealed partial class StatusModel(AtlasDbContext db) : PageModel
{
    public int Code { get; private set; }
    public string? OriginalPath { get; private set; }
    public List<(string Title, string Href)> Suggestions { get; } = [];

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex Words();

    /// <summary>What a refused request did wrong, for the statuses that say it; null for the others.</summary>
    public string? Reason => Code switch
    {
        StatusCodes.Status405MethodNotAllowed => $"This address is read, never sent to: it answers only {Security.RequestMethods.ReaderMethods}.",
        StatusCodes.Status413PayloadTooLarge => $"What was sent is larger than the site accepts ({Security.RequestMethods.DefaultBodyLimit / 1_000_000} MB at most).",
        _ => null,
    };

    // From the route only: the request being explained may carry a form of any size, which is not for this page to read.
    public async Task OnGetAsync([FromRoute] int code, CancellationToken cancellationToken)
    {
        Code = code;
        OriginalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        if (code != StatusCodes.Status404NotFound || OriginalPath is null)
        {
            return;
        }

        var words = Words().Matches(OriginalPath.ToLowerInvariant()).Select(m => m.Value)
            .Where(w => w.Length >= 3 && w is not ("alliances" or "topics" or "countries" or "turning" or "points"))
            .Distinct().Take(5).ToList();
        foreach (var word in words)
        {
            // Lower-cased on both sides: LIKE ignores case on SQLite but not on PostgreSQL. ToLower() here becomes SQL
            // lower() inside the query, so the culture warnings about .NET string casing do not apply.
            var pattern = $"%{word}%";
#pragma warning disable CA1304, CA1311
            var alliances = await db.Alliances.AsNoTracking()
                .Where(a => EF.Functions.Like(a.Slug, pattern) || EF.Functions.Like(a.Name.ToLower(), pattern) || (a.ShortName != null && EF.Functions.Like(a.ShortName.ToLower(), pattern)))
                .OrderBy(a => a.Name).Take(5).Select(a => new { a.Name, a.Slug }).ToListAsync(cancellationToken);
            Suggestions.AddRange(alliances.Select(a => (a.Name, $"/alliances/{a.Slug}")));
            var topics = await db.Topics.AsNoTracking()
                .Where(t => EF.Functions.Like(t.Slug, pattern) || EF.Functions.Like(t.Title.ToLower(), pattern))
                .OrderBy(t => t.Order).Take(5).Select(t => new { t.Title, t.Slug }).ToListAsync(cancellationToken);
            Suggestions.AddRange(topics.Select(t => (t.Title, $"/topics/{t.Slug}")));
            var points = await db.Events.AsNoTracking()
                .Where(e => e.IsTurningPoint && (EF.Functions.Like(e.Slug, pattern) || EF.Functions.Like(e.Title.ToLower(), pattern)))
                .OrderBy(e => e.Date).Take(5).Select(e => new { e.Title, e.Slug }).ToListAsync(cancellationToken);
            Suggestions.AddRange(points.Select(e => (e.Title, $"/turning-points/{e.Slug}")));
#pragma warning restore CA1304, CA1311
        }

        var distinct = Suggestions.Distinct().Take(8).ToList();
        Suggestions.Clear();
        Suggestions.AddRange(distinct);
    }
}
