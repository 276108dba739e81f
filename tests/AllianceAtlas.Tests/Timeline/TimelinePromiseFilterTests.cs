using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Timeline;

public sealed class TimelinePromiseFilterTests(TwoAlliancesApp app) : IClassFixture<TwoAlliancesApp>
{
    private async Task<List<string>> HeadingsAsync(string path)
    {
        var (response, page) = await app.GetPageAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelectorAll(".timeline__item h3").Select(h => h.TextContent.Trim()).ToList();
    }

    [Fact]
    public async Task The_timeline_keeps_only_entries_about_alliances_with_that_kind_of_promise()
    {
        var everything = await HeadingsAsync("/timeline");
        var defence = await HeadingsAsync("/timeline?obligation=defence");
        var neutrality = await HeadingsAsync("/timeline?obligation=neutrality");

        Assert.Contains("The test summit", everything);
        Assert.Contains("The test summit", defence);
        Assert.DoesNotContain("The test summit", neutrality);
        Assert.NotEmpty(neutrality);
        Assert.All(neutrality, heading => Assert.Contains(heading, everything));
        Assert.DoesNotContain(neutrality, defence.Contains);
        Assert.Empty(await HeadingsAsync("/timeline?obligation=non-aggression"));
    }

    [Fact]
    public async Task An_unknown_kind_of_promise_is_explained_and_ignored()
    {
        var (_, page) = await app.GetPageAsync("/timeline?obligation=friendship");

        Assert.Contains("“friendship” is not a kind of promise", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".timeline__item"));
    }
}
