using System.Net;
using AllianceAtlas.Tests.Infrastructure;
using AngleSharp;

namespace AllianceAtlas.Tests.Alliances;

public sealed class AllianceDetailsPageTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    [Fact]
    public async Task The_nato_page_has_its_infobox_members_chart_events_and_sources()
    {
        var (response, document) = await app.GetPageAsync("/alliances/nato");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("North Atlantic Treaty Organization", document.QuerySelector("h1")!.TextContent);
        var facts = document.QuerySelector(".infobox dl")!.TextContent;
        Assert.Contains("Brussels", facts, StringComparison.Ordinal);
        Assert.Contains("32", facts, StringComparison.Ordinal);

        var finland = document.QuerySelectorAll("table tbody tr").Single(row => row.QuerySelector("a[href='/countries/fi']") is not null);
        Assert.Contains("4 April 2023", finland.TextContent, StringComparison.Ordinal);
        Assert.Equal("2023-04-04", finland.QuerySelector("time")!.GetAttribute("datetime"));

        var chart = document.QuerySelector("svg.chart")!;
        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Contains("Members of NATO per year", chart.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(chart.QuerySelectorAll("rect title"), title => title.TextContent == "1949: 12");

        Assert.NotNull(document.QuerySelector("a[href='/turning-points/north-atlantic-treaty-signed']"));
        Assert.NotEmpty(document.QuerySelectorAll(".sources li"));
    }

    [Fact]
    public async Task A_defunct_alliance_shows_when_it_ended()
    {
        var (response, document) = await app.GetPageAsync("/alliances/warsaw-pact");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Ended 1 July 1991", document.QuerySelector(".infobox")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_alliance_gets_a_helpful_not_found_page()
    {
        var (response, document) = await app.GetPageAsync("/alliances/warsaw");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We could not find that page", document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("a[href='/alliances/warsaw-pact']"));
        Assert.NotNull(document.QuerySelector("a[href='/alliances']"));
    }

    /// <summary>The page shows the map as an image of its own; the image is the drawn SVG document.</summary>
    private async Task<(AngleSharp.Html.Dom.IHtmlDocument Page, AngleSharp.Dom.IDocument Map, HttpResponseMessage MapResponse)> PageAndMapAsync(string slug)
    {
        var (_, page) = await app.GetPageAsync($"/alliances/{slug}");
        var image = page.QuerySelector("#map ~ figure img.map")!;
        Assert.Equal($"/alliances/{slug}/map.svg", image.GetAttribute("src"));
        Assert.Contains("shaded", image.GetAttribute("alt"), StringComparison.Ordinal);
        using var client = app.CreateReader();
        var response = await client.GetAsync(new Uri(image.GetAttribute("src")!, UriKind.Relative));
        var svg = await response.Content.ReadAsStringAsync();
        var map = await AngleSharp.BrowsingContext.New(AngleSharp.Configuration.Default)
            .OpenAsync(request => request.Content(svg));
        return (page, map, response);
    }

    [Fact]
    public async Task A_defunct_alliance_shows_its_members_of_its_last_day_on_the_map()
    {
        var (page, map, _) = await PageAndMapAsync("warsaw-pact");

        Assert.Contains("on its last day", page.QuerySelector("#map")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("map-s0", map.QuerySelector("svg.map [data-code='PL']")!.GetAttribute("class"));
        Assert.Equal("map-s0", map.QuerySelector("svg.map [data-code='RU']")!.GetAttribute("class"));
        Assert.Null(map.QuerySelector("svg.map [data-code='AL']")!.GetAttribute("class"));
    }

    [Fact]
    public async Task A_living_alliance_shows_todays_members_on_the_map()
    {
        var (page, map, _) = await PageAndMapAsync("nato");

        Assert.Contains("today", page.QuerySelector("#map")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("map-s0", map.QuerySelector("svg.map [data-code='SE']")!.GetAttribute("class"));
        Assert.Null(map.QuerySelector("svg.map [data-code='AT']")!.GetAttribute("class"));
    }

    [Fact]
    public async Task The_map_image_is_a_self_styled_svg_that_may_run_nothing_and_is_cached_like_a_page()
    {
        var (_, map, response) = await PageAndMapAsync("nato");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        var css = map.QuerySelector("svg > style")!.TextContent;
        Assert.Contains(".map-land", css, StringComparison.Ordinal);
        var hash = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(css)));
        Assert.Contains($"style-src 'sha256-{hash}'", policy, StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);
        using var client = app.CreateReader();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/alliances/no-such-pact/map.svg", UriKind.Relative))).StatusCode);
    }
}
