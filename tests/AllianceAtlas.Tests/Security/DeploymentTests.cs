using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Security;

/// <summary>What a deployed site (Production, on Kestrel) tells every client about itself and asks of its cookies.</summary>
public sealed class DeploymentTests(ProductionAtlas app) : IClassFixture<ProductionAtlas>
{
    [Fact]
    public async Task No_response_names_the_server_software()
    {
        using var client = app.CreateReader();
        foreach (var path in new[] { "/", "/alliances/test-pact", "/admin/login", "/no-such-page" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

            Assert.False(response.Headers.Contains("Server"), $"{path} says Server: {string.Join(", ", response.Headers.Server)}");
        }
    }

    [Fact]
    public async Task The_antiforgery_and_tempdata_cookies_are_secure_http_only_and_same_site()
    {
        await EditorAccounts.CreateAsync(app, "deployed-admin@example.org", "Editor", "Admin");
        using var admin = await EditorAccounts.SignedInClientAsync(app, "deployed-admin@example.org");
        var (login, _) = await EditorAccounts.GetAsync(app.CreateReader(), "/admin/login");
        var (_, users) = await EditorAccounts.GetAsync(admin, "/admin/users");

        var created = await BrowserlessForm.From(users, "/admin/users")
            .Set("Email", "deployed-editor@example.org").Set("Password", "a long enough password").SubmitAsync(admin);

        var antiforgery = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        var tempData = Assert.Single(created.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Mvc.CookieTempDataProvider", StringComparison.Ordinal));
        foreach (var cookie in new[] { antiforgery, tempData })
        {
            Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_static_file_carries_one_cache_control_header_that_says_one_thing()
    {
        using var client = app.CreateReader();
        var (_, home) = await EditorAccounts.GetAsync(client, "/");
        var stylesheet = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        foreach (var path in new[] { stylesheet, "/css/site.css" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var cacheControl = Assert.Single(response.Headers.GetValues("Cache-Control"));
            Assert.False(cacheControl.Contains("immutable", StringComparison.Ordinal) && cacheControl.Contains("no-cache", StringComparison.Ordinal), $"{path}: {cacheControl}");
            Assert.True(response.Headers.ETag is null || response.Headers.GetValues("ETag").Count() == 1, path);
        }
    }
}
