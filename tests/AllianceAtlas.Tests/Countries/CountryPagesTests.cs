using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Countries;

public sealed class CountryPagesTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    [Fact]
    public async Task The_index_lists_current_and_former_states()
    {
        var (response, document) = await app.GetPageAsync("/countries");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(document.QuerySelector("a[href='/countries/fi']"));
        Assert.NotNull(document.QuerySelector("a[href='/countries/suhh']"));

        var (_, former) = await app.GetPageAsync("/countries?show=former");
        Assert.NotNull(former.QuerySelector("a[href='/countries/suhh']"));
        Assert.Null(former.QuerySelector("a[href='/countries/fi']"));
    }

    [Fact]
    public async Task A_country_page_lists_its_memberships_over_time()
    {
        var (response, document) = await app.GetPageAsync("/countries/fi");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Finland", document.QuerySelector("h1")!.TextContent);
        var nato = document.QuerySelectorAll("#memberships + .table-wrap table tbody tr").Single(row => row.QuerySelector("a[href='/alliances/nato']") is not null);
        Assert.Contains("4 April 2023", nato.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("table a[href='/alliances/united-nations']"));
    }

    [Fact]
    public async Task A_former_state_shows_its_dates_and_successors()
    {
        var (response, document) = await app.GetPageAsync("/countries/suhh");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A former state", document.QuerySelector(".lede")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(document.QuerySelector("a[href='/countries/ru']"));
        Assert.NotNull(document.QuerySelector("table a[href='/alliances/warsaw-pact']"));
    }

    [Fact]
    public async Task An_upper_case_code_redirects_permanently_to_the_canonical_address()
    {
        var (response, _) = await app.GetPageAsync("/countries/FI");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/countries/fi", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_unknown_code_is_not_found()
    {
        var (response, _) = await app.GetPageAsync("/countries/qq");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_allies_map_highlights_who_a_country_was_allied_with_on_the_chosen_date()
    {
        var (response, document) = await app.GetPageAsync("/countries/pl?date=1980-01-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("map-focus", document.QuerySelector("svg.map [data-code='PL']")!.GetAttribute("class"));
        Assert.Equal("map-s0", document.QuerySelector("svg.map [data-code='RU']")!.GetAttribute("class"));
        Assert.Null(document.QuerySelector("svg.map [data-code='US']")!.GetAttribute("class"));

        var (_, later) = await app.GetPageAsync("/countries/pl?date=2000-01-01");
        Assert.Equal("map-s0", later.QuerySelector("svg.map [data-code='US']")!.GetAttribute("class"));
        Assert.Contains("North Atlantic Treaty Organization", later.QuerySelector("#allies ~ .table-wrap table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finlands_page_in_1962_shows_its_1948_treaty_with_the_soviet_union()
    {
        var (response, document) = await app.GetPageAsync("/countries/fi?date=1962-10-22");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var allies = document.QuerySelector("#allies ~ .table-wrap table")!;
        Assert.NotNull(allies.QuerySelector("a[href='/alliances/finnish-soviet-treaty-1948']"));
        Assert.Equal("map-s0", document.QuerySelector("svg.map [data-code='RU']")!.GetAttribute("class"));
    }

    [Fact]
    public async Task A_bad_allies_date_gets_a_clear_message_and_the_rest_of_the_page()
    {
        var (response, document) = await app.GetPageAsync("/countries/fr?date=1990-02-30");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("“1990-02-30” is not a date", document.QuerySelector("[role='alert']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("France", document.QuerySelector("h1")!.TextContent);
        Assert.Equal("1990-02-30", document.QuerySelector("input[name='date']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task An_allies_date_in_other_digits_than_0_to_9_gets_a_clear_message()
    {
        var (response, document) = await app.GetPageAsync("/countries/fr?date=%D9%A1%D9%A9%D9%A6%D9%A2");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("write it with the digits 0 to 9", document.QuerySelector("[role='alert']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("France", document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_long_membership_history_comes_a_page_at_a_time_keeping_the_chosen_page_size()
    {
        var (_, whole) = await app.GetPageAsync("/countries/gb");
        var everyAlliance = MembershipRows(whole);
        Assert.True(everyAlliance.Count > 10, $"Britain has {everyAlliance.Count} memberships");
        Assert.Null(whole.QuerySelector("nav.pager"));

        var (response, second) = await app.GetPageAsync("/countries/gb?pageSize=5&page=2");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(everyAlliance.Skip(5).Take(5), MembershipRows(second));
        Assert.Equal("/countries/gb?pageSize=5", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/countries/gb?pageSize=5&page=3", second.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));

        var (_, pastTheEnd) = await app.GetPageAsync("/countries/gb?pageSize=5&page=99");
        Assert.Contains(pastTheEnd.QuerySelectorAll(".notice"), notice => notice.TextContent.Contains("There is no page 99", StringComparison.Ordinal));
        Assert.Equal(everyAlliance.Skip((everyAlliance.Count - 1) / 5 * 5), MembershipRows(pastTheEnd));
    }

    [Fact]
    public async Task The_lists_beside_the_table_stop_at_the_page_size_and_say_so_while_the_map_shades_every_ally()
    {
        var (_, whole) = await app.GetPageAsync("/countries/gb?date=1960-01-01");
        var (_, capped) = await app.GetPageAsync("/countries/gb?date=1960-01-01&pageSize=1");

        var pacts = whole.QuerySelectorAll("#allies ~ .table-wrap tbody tr").Length;
        Assert.True(pacts > 1, $"Britain was in {pacts} pacts in 1960");
        Assert.Single(capped.QuerySelectorAll("#allies ~ .table-wrap tbody tr"));
        Assert.Contains(capped.QuerySelectorAll("p"), p => p.TextContent.Contains($"from all {pacts} pacts", StringComparison.Ordinal));
        Assert.Equal(Shaded(whole), Shaded(capped));

        var today = whole.QuerySelectorAll("h2").Single(h => h.TextContent == "Member today").NextElementSibling!;
        Assert.True(today.QuerySelectorAll("li").Length > 1);
        var shortToday = capped.QuerySelectorAll("h2").Single(h => h.TextContent == "Member today").NextElementSibling!;
        Assert.Single(shortToday.QuerySelectorAll("li"));
        Assert.Contains($"of the {today.QuerySelectorAll("li").Length} it belongs to today", shortToday.NextElementSibling!.TextContent, StringComparison.Ordinal);
    }

    private static List<string> MembershipRows(AngleSharp.Html.Dom.IHtmlDocument document) =>
        document.QuerySelectorAll("#memberships + .table-wrap table tbody tr").Select(row => row.TextContent.Trim()).ToList();

    private static List<string> Shaded(AngleSharp.Html.Dom.IHtmlDocument document) =>
        document.QuerySelectorAll("svg.map [data-code].map-s0").Select(shape => shape.GetAttribute("data-code")!).Order(StringComparer.Ordinal).ToList();
}
