using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Shared;
using AllianceAtlas.Web.Pages.Alliances;
using AllianceAtlas.Web.Pages.Timeline;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Api;

/// <summary>
/// The read-only JSON API: the same facts and the same filters as the reader pages, for other tools.
/// Every response links to the data licence.
/// </summary>
public static class ApiEndpoints
{
    public const string Licence = "https://creativecommons.org/licenses/by/4.0/";

    public static void MapAtlasApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Atlas").AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Response.Headers.Append("Link", $"<{Licence}>; rel=\"license\"");
            return await next(context);
        });

        api.MapGet("/alliances", AlliancesAsync).WithSummary("Alliances, with the filters of /alliances");
        api.MapGet("/alliances/{slug}", AllianceAsync).WithSummary("One alliance with its full membership history and what its members promised");
        api.MapGet("/events", EventsAsync).WithSummary("Timeline entries, with the filters of /timeline");
        api.MapGet("/events/{slug}", EventAsync).WithSummary("One event with its essay and sources");
        api.MapGet("/topics", TopicsAsync).WithSummary("Themed essays");
        api.MapGet("/countries", CountriesAsync).WithSummary("Countries, former states included");
        api.MapGet("/allied", AlliedAsync).WithSummary("Who was allied with whom on a date");
        api.MapGet("/alliances.csv", CsvExports.AlliancesAsync).WithSummary("Alliances as CSV");
        api.MapGet("/memberships.csv", CsvExports.MembershipsAsync).WithSummary("Every membership row as CSV");
        api.MapGet("/events.csv", CsvExports.EventsAsync).WithSummary("Timeline entries as CSV");
        api.MapGet("/obligations.csv", CsvExports.ObligationsAsync).WithSummary("Every promise of every alliance as CSV, one row a promise");
    }

    private static ProblemHttpResult Problem(IEnumerable<string> problems) =>
        TypedResults.Problem(string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest, title: "The query has values that mean nothing here");

    /// <summary>Rows in a page of /api/alliances unless ?pageSize= (up to <see cref="PageRequest.MaxSize"/>) asks otherwise.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>A page of the list; headers say where the rest is.</summary>
    private static async Task<Results<Ok<List<AllianceSummary>>, ProblemHttpResult>> AlliancesAsync(
        [AsParameters] AllianceListFilter filter, AtlasDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var request = PageRequest.Parse(filter.Page, filter.PageSize, DefaultPageSize, problems);
        var query = AllianceListQuery.Apply(db.Alliances.AsNoTracking(), filter, problems);
        if (problems.Count > 0)
        {
            return Problem(problems);
        }

        // Past the end the API answers with the last page, as the list page does; its headers say which page that is.
        var page = await request.ReadAsync(query.Select(AllianceListQuery.Row), problems: [], cancellationToken);
        var links = PageLinks.For(http.Request, page);
        http.Response.Headers["X-Total-Count"] = page.Total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        LinkPages(http.Response, links.Next, links.Previous);

        return TypedResults.Ok(page.Items.Select(AllianceSummary.Of).ToList());
    }

    /// <summary>
    /// Where the neighbouring pages of a list are, in the standard Link header (RFC 8288), beside the licence link every
    /// API response carries: one header, so a paged list still states its licence.
    /// </summary>
    private static void LinkPages(HttpResponse response, string? next, string? previous)
    {
        var links = new[] { (Url: next, Rel: "next"), (Url: previous, Rel: "prev") }
            .Where(link => link.Url is not null).Select(link => $"<{link.Url}>; rel=\"{link.Rel}\"").ToList();
        if (links.Count > 0)
        {
            response.Headers.Link = string.Join(", ", [.. response.Headers.Link, .. links]);
        }
    }

    private static async Task<Results<Ok<AllianceDetail>, ProblemHttpResult>> AllianceAsync(string slug, AtlasDbContext db, CancellationToken cancellationToken)
    {
        var alliance = await db.Alliances.AsNoTracking()
            .Include(a => a.Memberships.OrderBy(m => m.Joined)).ThenInclude(m => m.Country)
            .Include(a => a.Sources)
            .Include(a => a.Phases)
            .Include(a => a.Obligations)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
        return alliance is null
            ? TypedResults.Problem($"There is no alliance called “{slug}”; /api/alliances lists them all.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(AllianceDetail.Of(alliance));
    }

    /// <summary>A page of the timeline; a Link header gives the next page's address while there is one.</summary>
    private static async Task<Results<Ok<List<EventSummary>>, ProblemHttpResult>> EventsAsync(
        [AsParameters] TimelineFilter filter, AtlasDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var problems = await filter.DropUnknownAsync(db, cancellationToken);
        if (problems.Count > 0)
        {
            return Problem(problems);
        }

        filter.SwapReversedYears();
        var page = await TimelineQuery.RunAsync(db, filter, TimelineQuery.PageSize, cancellationToken);
        LinkPages(http.Response, page.NextStart is { } next
            ? QueryLinks.With(http.Request, "start", next.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            : null, previous: null);

        return TypedResults.Ok(page.Entries.Select(EventSummary.Of).ToList());
    }

    private static async Task<Results<Ok<EventDetail>, ProblemHttpResult>> EventAsync(string slug, AtlasDbContext db, CancellationToken cancellationToken) =>
        await Pages.Events.EventQuery.FindAsync(db.Events, slug, cancellationToken) is { } found
            ? TypedResults.Ok(EventDetail.Of(found))
            : TypedResults.Problem($"There is no event called “{slug}”; /api/events lists them all.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<Ok<List<TopicSummary>>> TopicsAsync(AtlasDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.Topics.AsNoTracking().OrderBy(t => t.Order)
            .Select(t => new TopicSummary(t.Slug, t.Title, t.Summary, "/topics/" + t.Slug))
            .ToListAsync(cancellationToken));

    private static async Task<Ok<List<CountrySummary>>> CountriesAsync(AtlasDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Countries.AsNoTracking().OrderBy(c => c.Name).ToListAsync(cancellationToken))
            .Select(CountrySummary.Of).ToList());

    private static async Task<Results<Ok<List<AlliedOnDate>>, ProblemHttpResult>> AlliedAsync(
        string? date, string? country, AtlasDbContext db, CancellationToken cancellationToken)
    {
        if (!HistoricalDate.TryParse(date, out var day, out var problem) || day.Precision != DatePrecision.Day)
        {
            return Problem([problem.Length > 0
                ? $"date: {problem} It must be a day written YYYY-MM-DD, such as 1962-10-22."
                : $"date must be a day written YYYY-MM-DD, such as 1962-10-22; “{date}” is not."]);
        }

        var on = day.Date;
        var code = country?.ToUpperInvariant();
        if (code is not null && !await db.Countries.AnyAsync(c => c.Code == code, cancellationToken))
        {
            return Problem([$"There is no country with the code “{country}”."]);
        }

        var rows = await MembersOnDate.Of(db.Memberships.AsNoTracking(), on)
            .Select(m => new { m.Alliance.Slug, m.Alliance.Name, m.CountryCode })
            .ToListAsync(cancellationToken);
        var result = rows.GroupBy(r => (r.Slug, r.Name))
            .Where(g => code is null || g.Any(r => r.CountryCode == code))
            .Select(g => new AlliedOnDate(g.Key.Slug, g.Key.Name, g.Select(r => r.CountryCode).Order(StringComparer.Ordinal).ToList()))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
        return TypedResults.Ok(result);
    }
}
