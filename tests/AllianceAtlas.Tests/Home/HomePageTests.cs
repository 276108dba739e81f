using System.Net;
using AllianceAtlas.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Tests.Home;

public sealed class HomePageTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    [Fact]
    public async Task The_home_page_introduces_the_atlas_with_turning_points_themes_and_a_compact_timeline()
    {
        var (response, document) = await app.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("alliances", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(4, document.QuerySelectorAll("#featured-heading + .cards .card").Length);
        await using var db = app.CreateDbContext();
        Assert.Equal(await db.Topics.CountAsync(), document.QuerySelectorAll("#themes-heading + .cards .card").Length);
        Assert.Equal(await db.Events.CountAsync(e => e.IsTurningPoint), document.QuerySelectorAll("#brief-heading + .timeline li").Length);
        Assert.NotNull(document.QuerySelector("a.skip-link[href='#main']"));
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_stylesheet_is_served_with_a_fingerprinted_address()
    {
        var (_, document) = await app.GetPageAsync("/");
        var href = document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var client = app.CreateReader();
        var css = await client.GetAsync(new Uri(href, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("@media print", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
