using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Alliances;

/// <summary>"What they promised" on an alliance's page, and the list of alliances filtered by a kind of promise.</summary>
public sealed class AlliancePromisesTests(TwoAlliancesApp app) : IClassFixture<TwoAlliancesApp>
{
    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public async Task The_alliance_page_says_in_words_what_each_phase_promised_with_articles_conditions_and_who()
    {
        var (response, page) = await app.GetPageAsync("/alliances/test-pact");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var block = page.GetElementById("promises")!.ParentElement!;
        Assert.Equal("What they promised", block.QuerySelector("h2")!.TextContent);
        var phases = block.QuerySelectorAll("h3").Select(h => Squeezed(h.TextContent)).ToList();
        Assert.Equal(["1950 treaty (from 1 January 1950 to 1 June 1990)", "1990 revision (from 1 June 1990)"], phases);
        var lists = block.QuerySelectorAll("ul.promises").ToList();
        Assert.Equal(2, lists.Count);
        var first = Assert.Single(lists[0].QuerySelectorAll("li.promise"));
        Assert.Equal("Defence Every member", Squeezed(first.QuerySelector(".promise__head")!.TextContent));
        Assert.Equal("Each member helps any other member that is attacked in Europe. (Article 4)", Squeezed(first.QuerySelector(".promise__text")!.TextContent));
        Assert.Equal("Conditions: Only in Europe; only against an unprovoked attack.", Squeezed(first.QuerySelector(".promise__conditions")!.TextContent));
        var later = lists[1].QuerySelectorAll("li.promise").ToList();
        Assert.Equal(2, later.Count);
        Assert.Equal("Consultation France and Germany", Squeezed(later[1].QuerySelector(".promise__head")!.TextContent));
        Assert.Equal("Conditions: No conditions.", Squeezed(later[1].QuerySelector(".promise__conditions")!.TextContent));
        Assert.Equal(["Defence", "Offence", "Neutrality", "Non-aggression", "Consultation"],
            block.QuerySelectorAll(".promise-legend dt").Select(dt => dt.TextContent.Trim()));
    }

    [Fact]
    public async Task Promises_without_phases_are_one_list_and_a_promise_of_some_members_names_them()
    {
        var (_, page) = await app.GetPageAsync("/alliances/old-league");

        var block = page.GetElementById("promises")!.ParentElement!;
        Assert.Empty(block.QuerySelectorAll("h3"));
        var promises = block.QuerySelectorAll("li.promise").ToList();
        Assert.Equal("Conditions: Only against Russia; only in the Test War.", Squeezed(promises[0].QuerySelector(".promise__conditions")!.TextContent));
        Assert.Equal("Offence France and Poland", Squeezed(promises[1].QuerySelector(".promise__head")!.TextContent));
    }

    [Theory]
    [InlineData("defence", "Test Pact")]
    [InlineData("consultation", "Test Pact")]
    [InlineData("neutrality", "Old League")]
    [InlineData("offence", "Old League")]
    [InlineData("non-aggression", "")]
    public async Task The_alliance_list_shows_only_alliances_whose_members_made_that_kind_of_promise(string obligation, string expected)
    {
        var (response, page) = await app.GetPageAsync("/alliances?obligation=" + obligation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = page.QuerySelectorAll("table tbody tr th a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(expected.Length == 0 ? [] : [expected], names);
        Assert.Equal(obligation, page.QuerySelector("select[name=obligation] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task An_unknown_kind_of_promise_is_explained_and_the_whole_list_shown()
    {
        var (response, page) = await app.GetPageAsync("/alliances?obligation=friendship");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll(".notice"), p => p.TextContent.Contains("“friendship” is not a kind of promise", StringComparison.Ordinal));
        Assert.Equal(2, page.QuerySelectorAll("table tbody tr").Length);
    }
}
