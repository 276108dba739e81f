using System.Net;
using AllianceAtlas.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace AllianceAtlas.Tests.Security;

/// <summary>
/// Behind the README's nginx: X-Forwarded-Proto and X-Forwarded-For are believed from a configured proxy and from no one
/// else, so links say https, HSTS is sent and the sign-in throttle counts readers, not the proxy.
/// </summary>
public sealed class ForwardedHeadersTests(ForwardedHeadersTests.BehindProxy app) : IClassFixture<ForwardedHeadersTests.BehindProxy>
{
    private static readonly IPAddress KnownProxy = IPAddress.Parse("10.0.0.5");
    private static readonly IPAddress UnknownProxy = IPAddress.Parse("10.0.0.9");

    public sealed class BehindProxy : AtlasApp
    {
        protected override int SignInAttemptsPerMinute => 3;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("ForwardedHeaders:KnownProxies:0", KnownProxy.ToString());
        }
    }

    /// <summary>A request as it reaches the site from <paramref name="proxy"/>, carrying what nginx adds.</summary>
    private Task<HttpContext> ThroughAsync(IPAddress proxy, string path, string method = "GET", string client = "203.0.113.7", string? cookie = null, string? form = null) =>
        app.Server.SendAsync(context =>
        {
            context.Request.Method = method;
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("atlas.example");
            context.Request.Path = path;
            context.Request.Headers["X-Forwarded-Proto"] = "https";
            context.Request.Headers["X-Forwarded-For"] = client;
            context.Connection.RemoteIpAddress = proxy;
            if (cookie is not null)
            {
                context.Request.Headers.Cookie = cookie;
            }

            if (form is not null)
            {
                context.Request.ContentType = "application/x-www-form-urlencoded";
                context.Request.Body = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(form));
            }
        });

    private static async Task<string> BodyOfAsync(HttpContext context) => await new StreamReader(context.Response.Body).ReadToEndAsync();

    [Theory]
    [InlineData("/alliances/nato", "<link rel=\"canonical\" href=\"https://atlas.example/alliances/nato\">")]
    [InlineData("/sitemap.xml", "<loc>https://atlas.example/alliances/nato</loc>")]
    [InlineData("/robots.txt", "Sitemap: https://atlas.example/sitemap.xml")]
    public async Task From_a_known_proxy_links_say_https_and_hsts_is_sent(string path, string expected)
    {
        var response = await ThroughAsync(KnownProxy, path);

        Assert.Equal(StatusCodes.Status200OK, response.Response.StatusCode);
        Assert.Contains(expected, await BodyOfAsync(response), StringComparison.Ordinal);
        Assert.StartsWith("max-age=", response.Response.Headers.StrictTransportSecurity.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_an_unknown_address_the_forwarded_headers_are_ignored()
    {
        var response = await ThroughAsync(UnknownProxy, "/alliances/nato");

        Assert.Contains("<link rel=\"canonical\" href=\"http://atlas.example/alliances/nato\">", await BodyOfAsync(response), StringComparison.Ordinal);
        Assert.Empty(response.Response.Headers.StrictTransportSecurity.ToString());
    }

    [Fact]
    public async Task Sign_in_attempts_are_counted_per_reader_behind_a_known_proxy()
    {
        var login = await ThroughAsync(KnownProxy, "/admin/login");
        var cookie = login.Response.Headers.SetCookie.ToString().Split(';')[0];
        var token = System.Text.RegularExpressions.Regex.Match(await BodyOfAsync(login), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var form = $"Email=nobody%40example.org&Password=wrong-password&__RequestVerificationToken={Uri.EscapeDataString(token)}";
        Task<HttpContext> AttemptAsync(IPAddress proxy, string client) => ThroughAsync(proxy, "/admin/login", "POST", client, cookie, form);

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await AttemptAsync(KnownProxy, "198.51.100.1")).Response.StatusCode);
        }

        var anotherReader = await AttemptAsync(KnownProxy, "198.51.100.2");

        Assert.Equal([200, 200, 200, 429], statuses);
        Assert.Equal(StatusCodes.Status200OK, anotherReader.Response.StatusCode);
    }
}
