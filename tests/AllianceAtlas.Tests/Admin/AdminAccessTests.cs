using System.Net;
using AllianceAtlas.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceAtlas.Tests.Admin;

public sealed class AdminAccessTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    private static readonly string[] OpenToAll = ["admin/login", "admin/denied"];

    private List<string> AdminRoutes()
    {
        _ = app.Server;
        return app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText ?? "")
            .Where(p => p.TrimStart('/').StartsWith("admin", StringComparison.Ordinal))
            .Select(p => p.TrimStart('/'))
            .Where(p => !OpenToAll.Contains(p))
            .Distinct()
            .ToList();
    }

    private static string Fill(string pattern) => "/" + System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)[^}]*\}", match =>
        match.Groups[1].Value switch { "type" => "alliances", "key" => "1", _ => "1" });

    [Fact]
    public void The_admin_area_has_the_routes_this_test_guards()
    {
        var routes = AdminRoutes();

        Assert.Contains("admin", routes);
        Assert.Contains("admin/alliances/{id:int}/edit", routes);
        Assert.Contains("admin/alliances/new", routes);
    }

    [Fact]
    public async Task Every_admin_route_refuses_an_anonymous_reader()
    {
        using var client = app.CreateClientWithoutRedirects(cookies: true);
        foreach (var route in AdminRoutes())
        {
            var path = Fill(route);
            var get = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(get.StatusCode == HttpStatusCode.Redirect && get.Headers.Location!.OriginalString.Contains("/admin/login", StringComparison.Ordinal),
                $"GET {path} answered {(int)get.StatusCode} {get.Headers.Location}");

            using var empty = new FormUrlEncodedContent([]);
            var post = await client.PostAsync(new Uri(path, UriKind.Relative), empty);
            Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest && post.StatusCode != HttpStatusCode.OK,
                $"POST {path} answered {(int)post.StatusCode}");
            Assert.False(post.IsSuccessStatusCode);
        }
    }

    [Fact]
    public async Task No_account_exists_until_an_administrator_is_created()
    {
        using var client = app.CreateClientWithoutRedirects(cookies: true);
        var response = await EditorAccounts.SignInAsync(client, "admin@example.org", "admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserlessForm.ParseAsync(response);
        Assert.Contains("do not match an editor's account", page.QuerySelector(".form-errors")?.TextContent ?? page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_form_in_the_admin_area_carries_an_antiforgery_token()
    {
        await EditorAccounts.CreateAsync(app, "forms@example.org", "Admin", "Editor");
        using var client = await EditorAccounts.SignedInClientAsync(app, "forms@example.org");
        var (_, list) = await EditorAccounts.GetAsync(client, "/admin/alliances");
        var edit = list.QuerySelector("a[href$='/edit']")!.GetAttribute("href")!;
        var pages = new[] { "/admin", "/admin/alliances", "/admin/alliances/new", edit, edit.Replace("/edit", "/history", StringComparison.Ordinal),
            edit.Replace("/edit", "/delete", StringComparison.Ordinal), "/admin/users" };

        var checkedForms = 0;
        foreach (var path in pages)
        {
            var (response, page) = await EditorAccounts.GetAsync(client, path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var forms = page.QuerySelectorAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.All(forms, form => Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]")));
            checkedForms += forms.Count;
        }

        Assert.True(checkedForms >= 5, $"only {checkedForms} forms were checked");
    }
}
