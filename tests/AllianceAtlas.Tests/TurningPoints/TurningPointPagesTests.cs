using System.Net;
using AllianceAtlas.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Tests.TurningPoints;

public sealed class TurningPointPagesTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    [Fact]
    public async Task The_index_lists_turning_points_in_date_order()
    {
        var (response, document) = await app.GetPageAsync("/turning-points");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = document.QuerySelectorAll("main h2 a").Select(a => a.GetAttribute("href")).ToList();
        await using var db = app.CreateDbContext();
        Assert.Equal(await db.Events.CountAsync(e => e.IsTurningPoint), links.Count);
        Assert.True(links.IndexOf("/turning-points/league-of-nations-founded") < links.IndexOf("/turning-points/sweden-joins-nato"));
    }

    [Fact]
    public async Task A_turning_point_page_has_its_essay_related_entries_and_neighbours()
    {
        var (response, document) = await app.GetPageAsync("/turning-points/berlin-wall-falls");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1989-11-09", document.QuerySelector("main time")!.GetAttribute("datetime"));
        Assert.True(document.QuerySelector(".prose")!.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 200);
        Assert.NotNull(document.QuerySelector("a[rel=prev]"));
        Assert.NotNull(document.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task An_ordinary_event_is_not_a_turning_point_page()
    {
        var (response, _) = await app.GetPageAsync("/turning-points/no-such-moment");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
