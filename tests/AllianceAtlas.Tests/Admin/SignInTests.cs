using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Admin;

public sealed class SignInTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    [Fact]
    public async Task An_editor_signs_in_and_reaches_the_editors_area()
    {
        await EditorAccounts.CreateAsync(app, "ed@example.org", "Editor");
        using var client = await EditorAccounts.SignedInClientAsync(app, "ed@example.org");

        var (response, page) = await EditorAccounts.GetAsync(client, "/admin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Signed in as ed@example.org", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site_strict()
    {
        await EditorAccounts.CreateAsync(app, "cookie@example.org", "Editor");
        using var client = app.CreateClientWithoutRedirects(cookies: true);

        var response = await EditorAccounts.SignInAsync(client, "cookie@example.org", EditorAccounts.Password);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("atlas.editor=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_the_email_kept()
    {
        await EditorAccounts.CreateAsync(app, "typo@example.org", "Editor");
        using var client = app.CreateClientWithoutRedirects(cookies: true);

        var response = await EditorAccounts.SignInAsync(client, "typo@example.org", "not the password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserlessForm.ParseAsync(response);
        Assert.Contains("do not match an editor's account", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("typo@example.org", page.QuerySelector("input[name=Email]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_against_the_right_password()
    {
        await EditorAccounts.CreateAsync(app, "locked@example.org", "Editor");
        using var client = app.CreateClientWithoutRedirects(cookies: true);
        for (var i = 0; i < 5; i++)
        {
            await EditorAccounts.SignInAsync(client, "locked@example.org", "wrong " + i);
        }

        var response = await EditorAccounts.SignInAsync(client, "locked@example.org", EditorAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("this account is locked for 15 minutes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_without_the_antiforgery_token_is_refused()
    {
        using var client = app.CreateClientWithoutRedirects(cookies: true);
        using var form = new FormUrlEncodedContent([new("Email", "x@example.org"), new("Password", "whatever")]);

        var response = await client.PostAsync(new Uri("/admin/login", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task An_editor_may_not_manage_users()
    {
        await EditorAccounts.CreateAsync(app, "plain@example.org", "Editor");
        using var client = await EditorAccounts.SignedInClientAsync(app, "plain@example.org");

        var response = await client.GetAsync(new Uri("/admin/users", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
