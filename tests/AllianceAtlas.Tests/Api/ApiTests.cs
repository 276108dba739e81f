using System.Net;
using System.Text.Json;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Api;

public sealed class ApiTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    private async Task<(HttpResponseMessage Response, JsonElement Json)> GetJsonAsync(string path)
    {
        using var client = app.CreateReader();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task The_alliance_list_has_the_pages_filters_and_states_the_licence()
    {
        var (response, all) = await GetJsonAsync("/api/alliances?pageSize=500");
        var (_, defunct) = await GetJsonAsync("/api/alliances?status=defunct&pageSize=500");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Link"), link => link.Contains("rel=\"license\"", StringComparison.Ordinal));
        var nato = all.EnumerateArray().Single(a => a.GetProperty("slug").GetString() == "nato");
        Assert.Equal("collective-defence", nato.GetProperty("kind").GetString());
        Assert.Equal("1949-04-04", nato.GetProperty("founded").GetString());
        Assert.Equal(32, nato.GetProperty("currentMembers").GetInt32());
        Assert.Equal("/alliances/nato", nato.GetProperty("url").GetString());
        Assert.All(defunct.EnumerateArray(), a => Assert.Equal(JsonValueKind.String, a.GetProperty("dissolved").ValueKind));
        Assert.True(defunct.GetArrayLength() < all.GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_filter_value_is_a_400_that_says_what_is_wrong()
    {
        var (response, problem) = await GetJsonAsync("/api/alliances?kind=space-pirates");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("“space-pirates” is not a kind of alliance", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_alliance_comes_with_its_membership_history()
    {
        var (response, nato) = await GetJsonAsync("/api/alliances/nato");
        var (missing, _) = await GetJsonAsync("/api/alliances/no-such-pact");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var finland = nato.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("country").GetString() == "FI");
        Assert.Equal("2023-04-04", finland.GetProperty("joined").GetString());
        Assert.Equal("Finland", finland.GetProperty("countryName").GetString());
        Assert.NotEmpty(nato.GetProperty("sources").EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Events_take_the_timelines_filters()
    {
        var (_, events) = await GetJsonAsync("/api/events?alliance=nato&kind=turning-point&from=2020");

        var slugs = events.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Contains("finland-joins-nato", slugs);
        Assert.Contains("sweden-joins-nato", slugs);
        Assert.All(events.EnumerateArray(), e => Assert.True(e.GetProperty("turningPoint").GetBoolean()));
    }

    [Fact]
    public async Task Who_was_allied_on_a_date_follows_the_membership_rows()
    {
        var (_, in1990) = await GetJsonAsync("/api/allied?date=1990-01-01");
        var (_, in2000) = await GetJsonAsync("/api/allied?date=2000-01-01&country=pl");

        var nato1990 = in1990.EnumerateArray().Single(a => a.GetProperty("alliance").GetString() == "nato").GetProperty("members")
            .EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains("TR", nato1990);
        Assert.DoesNotContain("PL", nato1990);
        Assert.Contains(in1990.EnumerateArray(), a => a.GetProperty("alliance").GetString() == "warsaw-pact");
        Assert.Contains(in2000.EnumerateArray(), a => a.GetProperty("alliance").GetString() == "nato");
        Assert.DoesNotContain(in2000.EnumerateArray(), a => a.GetProperty("alliance").GetString() == "warsaw-pact");
    }

    [Theory]
    [InlineData("/api/allied?date=1990")]
    [InlineData("/api/allied?date=tomorrow")]
    [InlineData("/api/allied?date=%D9%A1%D9%A9%D9%A6%D9%A2-10-22")]
    [InlineData("/api/allied?date=1990-01-01&country=QQ")]
    public async Task A_bad_date_or_country_is_a_clear_400(string path)
    {
        var (response, problem) = await GetJsonAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint()
    {
        var (response, document) = await GetJsonAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/alliances", "/api/alliances/{slug}", "/api/events", "/api/topics", "/api/countries", "/api/allied", "/api/memberships.csv" })
        {
            Assert.Contains(path, paths);
        }
    }
}
