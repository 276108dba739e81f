using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Compare;

public sealed class ComparePageTests(TwoAlliancesApp app) : IClassFixture<TwoAlliancesApp>
{
    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task Two_alliances_stand_side_by_side_with_their_promises_members_dates_and_conditions()
    {
        var (response, page) = await app.GetPageAsync("/compare?alliance=test-pact&alliance=old-league");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = page.QuerySelector("table.compare")!;
        Assert.Equal(["Test Pact", "Old League"], table.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()));
        string[] Row(string heading) => table.QuerySelectorAll("tbody tr")
            .Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == heading)
            .QuerySelectorAll("td").Select(td => Squeezed(td.TextContent)).ToArray();
        Assert.Equal(["1 January 1950", "1 March 1900"], Row("Founded"));
        Assert.Equal(["Still in force", "1 March 1920"], Row("Ended"));
        Assert.Equal("20 years", Row("Duration")[1]);
        Assert.EndsWith("years so far", Row("Duration")[0], StringComparison.Ordinal);
        Assert.Equal(["3 now; 3 states in all", "3 states in all"], Row("Members"));
        Assert.Equal(["Each member helps any other member that is attacked in Europe. (Article 4)", "No defence promise"], Row("Defence"));
        Assert.Equal(["No offence promise", "France and Poland attack together if either asks. (Secret protocol) Made by France and Poland"], Row("Offence"));
        Assert.Equal("The members consult whenever one of them feels threatened. (Article 3) Made by France and Germany Terms of 1990 revision", Row("Consultation")[0]);
        Assert.Equal(["Defence: Only in Europe; only against an unprovoked attack.", "Neutrality: Only against Russia; only in the Test War."], Row("Conditions"));
        Assert.Equal(["old-league", "test-pact"], page.QuerySelectorAll("input[name=alliance][checked]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task One_alliance_is_ticked_and_the_page_asks_for_another()
    {
        var (response, page) = await app.GetPageAsync("/compare?alliance=test-pact");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("table.compare"));
        Assert.Contains("Choose at least one more alliance", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("test-pact", page.QuerySelector("input[name=alliance][checked]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/compare?alliance=test-pact&alliance=no-such-pact", "There is no alliance “no-such-pact” in the atlas")]
    [InlineData("/compare?alliance=a&alliance=b&alliance=c&alliance=d&alliance=test-pact", "Compare at most 4 alliances at once; you chose 5.")]
    public async Task Unknown_alliances_or_more_than_four_are_explained(string path, string message)
    {
        var (response, page) = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(page.QuerySelector("table.compare"));
        Assert.Contains(page.QuerySelectorAll(".form-errors li"), li => li.TextContent.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_choice_the_page_offers_every_alliance_to_tick()
    {
        var (response, page) = await app.GetPageAsync("/compare");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["old-league", "test-pact"], page.QuerySelectorAll("form input[name=alliance]").Select(i => i.GetAttribute("value")));
        Assert.Equal("get", page.QuerySelector("form.compare-form")!.GetAttribute("method"));
    }
}
