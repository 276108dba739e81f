using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Maps;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Alliances;

/// <summary>
/// An alliance's members on the world map: today's, or those of its last day. The alliance page shows it as an image
/// of its own, so the page stays light and the map is cached apart; the members table on the page says the same.
/// </summary>
public static class AllianceMap
{
    /// <summary>An image document has no page around it: it may use its own stylesheet, and nothing else at all.</summary>
    private static string ImagePolicy(MapStyles styles) => $"default-src 'none'; style-src {styles.CspSource}; frame-ancestors 'none'";

    public static string ImagePath(string slug) => $"/alliances/{slug}/map.svg";

    public static DateOnly DateOf(Alliance alliance, DateOnly today) => alliance.Dissolved?.AddDays(-1) ?? today;

    public static string Title(Alliance alliance, DateOnly on) =>
        $"Members of {alliance.DisplayName} on {HistoricalDate.Format(on, DatePrecision.Day)}";

    public static MapDrawing Draw(CountryDirectory countries, Alliance alliance, IEnumerable<Membership> members, DateOnly on)
    {
        var drawing = new MapDrawing(countries);
        var layer = drawing.AddLayer(alliance.DisplayName);
        foreach (var member in members.Where(m => m.WasFullMemberOn(on)))
        {
            drawing.Shade(layer, member.CountryCode);
        }

        return drawing;
    }

    public static IEndpointRouteBuilder MapAllianceMapImages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/alliances/{slug}/map.svg", async (string slug, AtlasDbContext db, WorldShapes shapes, MapStyles styles,
            TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        {
            var alliance = await db.Alliances.AsNoTracking().Include(a => a.Memberships)
                .FirstOrDefaultAsync(a => a.Slug == slug, cancellationToken);
            if (alliance is null || shapes.Outlines is null)
            {
                return Results.NotFound();
            }

            var on = DateOf(alliance, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            var map = Draw(await CountryDirectory.LoadAsync(db, cancellationToken), alliance, alliance.Memberships, on)
                .Render(shapes.Outlines, "map-" + alliance.Slug, Title(alliance, on), styles.Css);
            http.Response.Headers.ContentSecurityPolicy = ImagePolicy(styles);
            return Results.Text(map.Svg.Value!, "image/svg+xml; charset=utf-8");
        }).ExcludeFromDescription();
        return app;
    }
}
