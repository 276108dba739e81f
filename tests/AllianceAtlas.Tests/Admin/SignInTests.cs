using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Admin;

public sealed class SignInTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    /// <summary>The one answer to every refused sign-in, so it tells nobody whether an account exists or is locked.</summary>
    private const string SignInRefused = "That email address and password do not match an editor's account, or the account is locked";

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
        Assert.Contains(SignInRefused, page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
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
        Assert.DoesNotContain("/admin", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Contains(SignInRefused, (await BrowserlessForm.ParseAsync(response)).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
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

    [Fact]
    public async Task A_locked_account_and_an_unknown_one_are_refused_with_the_same_words()
    {
        await EditorAccounts.CreateAsync(app, "lockedout@example.org", "Editor");
        using var client = app.CreateClientWithoutRedirects(cookies: true);
        for (var i = 0; i < 5; i++)
        {
            await EditorAccounts.SignInAsync(client, "lockedout@example.org", "wrong " + i);
        }

        var locked = await BrowserlessForm.ParseAsync(await EditorAccounts.SignInAsync(client, "lockedout@example.org", EditorAccounts.Password));
        var unknown = await BrowserlessForm.ParseAsync(await EditorAccounts.SignInAsync(client, "nobody-here@example.org", EditorAccounts.Password));

        Assert.Equal(unknown.QuerySelector(".form-errors")!.TextContent, locked.QuerySelector(".form-errors")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_account_takes_as_long_to_refuse_as_a_real_or_a_locked_one()
    {
        await EditorAccounts.CreateAsync(app, "timed@example.org", "Editor");
        await EditorAccounts.CreateAsync(app, "timed-locked@example.org", "Editor");
        using var client = app.CreateClientWithoutRedirects(cookies: true);
        for (var i = 0; i < 5; i++)
        {
            await EditorAccounts.SignInAsync(client, "timed-locked@example.org", "wrong " + i);
        }

        // Medians of several tries, interleaved, so a busy moment of the machine counts against all three alike.
        var real = new List<double>();
        var locked = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            real.Add(await TimeAsync(client, "timed@example.org"));
            locked.Add(await TimeAsync(client, "timed-locked@example.org"));
            unknown.Add(await TimeAsync(client, $"nobody-{i}@example.org"));
        }

        var (realMedian, lockedMedian, unknownMedian) = (Median(real), Median(locked), Median(unknown));
        Assert.True(unknownMedian > realMedian / 2 && unknownMedian > lockedMedian / 2,
            $"an unknown account took {unknownMedian:F1} ms, a real one {realMedian:F1} ms and a locked one {lockedMedian:F1} ms");
    }

    private static async Task<double> TimeAsync(HttpClient client, string email)
    {
        var (_, page) = await EditorAccounts.GetAsync(client, "/admin/login");
        var form = BrowserlessForm.From(page, "/admin/login").Set("Email", email).Set("Password", "not the password at all");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await form.SubmitAsync(client);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [Fact]
    public async Task After_sign_out_a_copy_of_the_old_cookie_opens_nothing()
    {
        await EditorAccounts.CreateAsync(app, "leaving@example.org", "Editor", "Admin");
        using var client = app.CreateClientWithoutRedirects(cookies: true);
        var signIn = await EditorAccounts.SignInAsync(client, "leaving@example.org", EditorAccounts.Password);
        var copied = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("atlas.editor=", StringComparison.Ordinal)).Split(';')[0];
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(copied, "/admin/users")).StatusCode);

        var (_, adminPage) = await EditorAccounts.GetAsync(client, "/admin");
        var signOut = await BrowserlessForm.From(adminPage, "/admin", "form[action='/admin/logout']").SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        var response = await WithCookieAsync(copied, "/admin/users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> WithCookieAsync(string cookie, string path)
    {
        using var client = app.CreateClientWithoutRedirects(cookies: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
