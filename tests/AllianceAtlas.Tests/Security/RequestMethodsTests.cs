using System.Net;
using System.Net.Http.Headers;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Security;

/// <summary>Methods, HEAD, bodies too large and values of the wrong type: each answered with a 4xx that says why.</summary>
public sealed class RequestMethodsTests(KestrelAtlas app) : IClassFixture<KestrelAtlas>
{
    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("POST", "/alliances")]
    [InlineData("PUT", "/map")]
    [InlineData("DELETE", "/countries/fr")]
    [InlineData("OPTIONS", "/timeline")]
    public async Task Reader_pages_answer_other_methods_than_get_and_head_with_405_and_an_allow_header(string method, string path)
    {
        using var client = app.CreateReader();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("it answers only GET, HEAD", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_answers_other_methods_with_a_problem_saying_which_methods_it_takes()
    {
        using var client = app.CreateReader();

        var response = await client.PostAsync(new Uri("/api/alliances", UriKind.Relative), new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("POST is not answered here", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_form_still_posts()
    {
        using var client = app.CreateReader();

        var response = await client.PostAsync(new Uri("/admin/login", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Theory]
    [InlineData("/map?alliance=", "Choose at least one alliance")]
    [InlineData("/map?date=1962&alliance=&alliance=%20", "Choose at least one alliance")]
    public async Task An_empty_alliance_on_the_map_is_a_400_that_says_so(string path, string message)
    {
        var (response, document) = await app.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, document.QuerySelector("[role='alert']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blank_country_code_is_not_found()
    {
        var (response, _) = await app.GetPageAsync("/countries/%20");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_body_of_50_megabytes_is_refused_as_too_large()
    {
        using var client = app.CreateReader();

        // As curl sends a large body: asking first, so the refusal arrives before 50 MB are on their way.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/login")
        {
            Content = new ByteArrayContent(new byte[50_000_000]) { Headers = { ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") } },
            Headers = { ExpectContinue = true },
        };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than the site accepts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/alliances?page=abc", "page")]
    [InlineData("/api/alliances?pageSize=lots", "pageSize")]
    [InlineData("/api/events?start=yesterday", "start")]
    [InlineData("/api/events?from=nineteen", "from")]
    public async Task An_api_value_of_the_wrong_type_is_a_problem_naming_the_parameter(string path, string parameter)
    {
        using var client = app.CreateReader();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(parameter, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/alliances/nato/map.svg")]
    [InlineData("/api/alliances.csv")]
    [InlineData("/feed.atom")]
    [InlineData("/api/alliances?pageSize=3")]
    [InlineData("/alliances")]
    [InlineData("/sitemap.xml")]
    public async Task Head_answers_every_get_endpoint_with_the_headers_of_get_and_no_body_cached_or_not(string path)
    {
        using var client = app.CreateReader();
        var uri = new Uri(path, UriKind.Relative);

        var first = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, uri));
        var get = await client.GetAsync(uri);
        var second = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, uri));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        var body = await get.Content.ReadAsByteArrayAsync();
        foreach (var head in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
            Assert.Equal(get.Headers.ETag, head.Headers.ETag);
            Assert.Empty(await head.Content.ReadAsByteArrayAsync());
            // A page rendered for this request is sent in chunks, so its HEAD has no length; one from memory has its own.
            if (head.Content.Headers.NonValidated.TryGetValues("Content-Length", out var length))
            {
                Assert.Equal(body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), length.ToString());
            }
        }
    }
}
