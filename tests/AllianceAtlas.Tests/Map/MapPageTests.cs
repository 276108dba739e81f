using System.Net;
using AllianceAtlas.Tests.Infrastructure;
using AngleSharp.Html.Dom;

namespace AllianceAtlas.Tests.Map;

public sealed class MapPageTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    private static string? StyleOf(IHtmlDocument document, string code) =>
        document.QuerySelector($"svg.map [data-code='{code}']")?.GetAttribute("class");

    [Fact]
    public async Task Nato_on_1_January_1990_shades_turkey_but_not_poland()
    {
        var (response, document) = await app.GetPageAsync("/map?date=1990-01-01&alliance=nato");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("map-s0", StyleOf(document, "TR"));
        Assert.Null(StyleOf(document, "PL"));
        Assert.Contains("16 members on 1 January 1990", document.QuerySelector(".map-tables caption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nato_on_1_January_2000_shades_poland()
    {
        var (_, document) = await app.GetPageAsync("/map?date=2000-01-01&alliance=nato");

        Assert.Equal("map-s0", StyleOf(document, "PL"));
        Assert.Contains("Poland", document.QuerySelector(".map-tables table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_alliances_get_their_own_fills_a_key_and_a_title_on_every_shaded_country()
    {
        var (_, document) = await app.GetPageAsync("/map?date=1962-10-22&alliance=nato&alliance=warsaw-pact");

        Assert.Equal("map-s0", StyleOf(document, "FR"));
        Assert.Equal("map-s1", StyleOf(document, "PL"));
        var legend = document.QuerySelectorAll(".map-legend li").Select(li => li.TextContent).ToList();
        Assert.Contains(legend, l => l.Contains("NATO", StringComparison.Ordinal));
        Assert.Contains(legend, l => l.Contains("Warsaw Pact", StringComparison.Ordinal));
        Assert.All(document.QuerySelectorAll("svg.map [class*='map-s']"), shape => Assert.False(string.IsNullOrWhiteSpace(shape.QuerySelector("title")?.TextContent)));
        Assert.NotNull(document.QuerySelector("svg.map[role='img'] > desc"));
    }

    [Fact]
    public async Task A_member_that_no_longer_exists_is_drawn_on_its_successors_and_the_page_says_so()
    {
        var (_, document) = await app.GetPageAsync("/map?date=1980-01-01&alliance=warsaw-pact");

        Assert.Equal("map-s0", StyleOf(document, "UA"));
        Assert.Contains("Soviet Union", document.QuerySelector("svg.map [data-code='UA'] title")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Soviet Union, which no longer exists, is drawn on the present-day territory of", document.QuerySelector(".map-figure figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Soviet Union", document.QuerySelector(".map-tables table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_an_alliance_was_founded_the_page_says_so_instead_of_an_empty_table()
    {
        var (response, document) = await app.GetPageAsync("/map?date=1930&alliance=nato");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Not yet founded", document.QuerySelector(".map-tables")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("svg.map [class*='map-s']"));
    }

    [Theory]
    [InlineData("/map?date=1990-13-01&alliance=nato", "“1990-13-01” is not a date")]
    [InlineData("/map?date=yesterday&alliance=nato", "“yesterday” is not a date")]
    [InlineData("/map?date=%D9%A1%D9%A9%D9%A6%D9%A2&alliance=nato", "“١٩٦٢” is not a date: write it with the digits 0 to 9")]
    [InlineData("/map?date=1962-02-29&alliance=nato", "February 1962 has days 01 to 28")]
    [InlineData("/map?date=0042&alliance=nato", "from 1800 to 2100")]
    [InlineData("/map?date=1990&alliance=no-such-pact", "There is no alliance “no-such-pact”")]
    [InlineData("/map?date=1990&alliance=nato&alliance=quad&alliance=warsaw-pact&alliance=united-nations&alliance=league-of-nations", "at most 4 alliances")]
    [InlineData("/map?date=1990&alliance=nato&region=atlantis", "There is no region “atlantis”")]
    public async Task Bad_choices_get_a_clear_message_and_keep_the_form(string path, string message)
    {
        var (response, document) = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, document.QuerySelector("[role='alert']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("form.map-form input[name='date']"));
        Assert.Null(document.QuerySelector("svg.map"));
    }

    [Fact]
    public async Task The_year_links_keep_the_alliances_and_move_the_date()
    {
        var (_, document) = await app.GetPageAsync("/map?date=1962-10-22&alliance=nato&alliance=warsaw-pact");

        Assert.Equal("/map?date=1961-10-22&alliance=nato&alliance=warsaw-pact", document.QuerySelector("a[rel='prev']")!.GetAttribute("href"));
        Assert.Equal("/map?date=1963-10-22&alliance=nato&alliance=warsaw-pact", document.QuerySelector("a[rel='next']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Europe_has_an_address_of_its_own_showing_only_the_outlines_that_reach_into_it()
    {
        var (world, worldDocument) = await app.GetPageAsync("/map?date=1962-10-22&alliance=nato&alliance=warsaw-pact");
        var (response, document) = await app.GetPageAsync("/map?region=europe&date=1962-10-22&alliance=nato&alliance=warsaw-pact");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("440 8 200 118", document.QuerySelector("svg.map")!.GetAttribute("viewBox"));
        Assert.Equal("map-s0", StyleOf(document, "FR"));
        Assert.Equal("map-s1", StyleOf(document, "PL"));
        Assert.Null(document.QuerySelector("svg.map [data-code='AU']"));
        Assert.NotNull(worldDocument.QuerySelector("svg.map [data-code='AU']"));
        // France's rings in South America and the Indian Ocean are left out; its mainland is kept.
        Assert.True(document.QuerySelector("svg.map [data-code='FR']")!.GetAttribute("d")!.Length
            < worldDocument.QuerySelector("svg.map [data-code='FR']")!.GetAttribute("d")!.Length);
        Assert.True((await response.Content.ReadAsStringAsync()).Length < (await world.Content.ReadAsStringAsync()).Length * 0.8);
        Assert.Equal("page", document.QuerySelector(".map-regions a[href*='region=europe']")!.GetAttribute("aria-current"));
        Assert.Equal("/map?region=europe&date=1961-10-22&alliance=nato&alliance=warsaw-pact", document.QuerySelector("a[rel='prev']")!.GetAttribute("href"));
        Assert.Equal("europe", document.QuerySelector("form.map-form input[name='region']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_region_links_keep_the_date_and_alliances()
    {
        var (_, document) = await app.GetPageAsync("/map?date=1962-10-22&alliance=nato&alliance=warsaw-pact");

        var links = document.QuerySelectorAll(".map-regions a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/map?date=1962-10-22&alliance=nato&alliance=warsaw-pact", links);
        Assert.Contains("/map?region=europe&date=1962-10-22&alliance=nato&alliance=warsaw-pact", links);
        Assert.Contains("/map?region=east-asia&date=1962-10-22&alliance=nato&alliance=warsaw-pact", links);
    }

    [Fact]
    public async Task Without_a_choice_the_map_shows_nato_today()
    {
        var (response, document) = await app.GetPageAsync("/map");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nato", document.QuerySelector("input[name='alliance'][checked]")!.GetAttribute("value"));
        Assert.Equal("map-s0", StyleOf(document, "FI"));
    }

    [Fact]
    public async Task The_map_page_is_under_150_kb_over_the_wire_compressed()
    {
        using var client = app.CreateReader();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/map?date=1962-10-22&alliance=nato&alliance=warsaw-pact");
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.InRange(body.Length, 1, 150 * 1024);
    }
}
