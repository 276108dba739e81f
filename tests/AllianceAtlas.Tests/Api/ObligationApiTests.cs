using System.Net;
using System.Text.Json;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Api;

public sealed class ObligationApiTests(TwoAlliancesApp app) : IClassFixture<TwoAlliancesApp>
{
    private async Task<(HttpResponseMessage Response, string Text)> GetAsync(string path)
    {
        using var client = app.CreateReader();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_alliance_in_the_api_carries_its_phases_and_promises_with_their_conditions()
    {
        var (response, text) = await GetAsync("/api/alliances/test-pact");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(text).RootElement;
        var phases = json.GetProperty("phases").EnumerateArray().ToList();
        Assert.Equal(["1950 treaty", "1990 revision"], phases.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal("1990-06-01", phases[1].GetProperty("from").GetString());
        var promises = json.GetProperty("obligations").EnumerateArray().ToList();
        Assert.Equal(["defence", "consultation"], promises.Select(p => p.GetProperty("type").GetString()));
        Assert.Equal("Article 4", promises[0].GetProperty("article").GetString());
        Assert.Equal("Europe", promises[0].GetProperty("conditions").GetProperty("territory").GetString());
        Assert.True(promises[0].GetProperty("conditions").GetProperty("unprovoked").GetBoolean());
        Assert.Equal(JsonValueKind.Null, promises[0].GetProperty("phase").ValueKind);
        Assert.Equal(["FR", "DE"], promises[1].GetProperty("members").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("1990 revision", promises[1].GetProperty("phase").GetString());
    }

    [Theory]
    [InlineData("neutrality", "old-league")]
    [InlineData("defence", "test-pact")]
    [InlineData("non-aggression", "")]
    public async Task The_alliance_list_in_the_api_filters_by_a_kind_of_promise(string obligation, string expected)
    {
        var (response, text) = await GetAsync("/api/alliances?obligation=" + obligation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var slugs = JsonDocument.Parse(text).RootElement.EnumerateArray().Select(a => a.GetProperty("slug").GetString()).ToList();
        Assert.Equal(expected.Length == 0 ? [] : [expected], slugs);
    }

    [Fact]
    public async Task An_unknown_kind_of_promise_is_a_bad_request_that_says_why()
    {
        var (response, text) = await GetAsync("/api/alliances?obligation=friendship");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("“friendship” is not a kind of promise", JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_obligations_csv_has_one_row_a_promise()
    {
        var (response, text) = await GetAsync("/api/obligations.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("alliance,type,summary,article,phase,members,adversary,territory,unprovoked,war,other_condition", lines[0]);
        Assert.Equal(
        [
            "old-league,neutrality,Each member stays out of any war another member fights against Russia.,Article 1,,,Russia,,false,the Test War,",
            "old-league,offence,France and Poland attack together if either asks.,Secret protocol,,FR PL,,,false,,",
            "test-pact,defence,Each member helps any other member that is attacked in Europe.,Article 4,,,,Europe,true,,",
            "test-pact,consultation,The members consult whenever one of them feels threatened.,Article 3,1990 revision,FR DE,,,false,,",
        ], lines[1..]);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_obligations_csv_and_the_filter()
    {
        var (_, text) = await GetAsync("/openapi/v1.json");

        var paths = JsonDocument.Parse(text).RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/obligations.csv", out _));
        var parameters = paths.GetProperty("/api/alliances").GetProperty("get").GetProperty("parameters").EnumerateArray();
        Assert.Contains(parameters, p => p.GetProperty("name").GetString() == "Obligation" || p.GetProperty("name").GetString() == "obligation");
    }
}
