using AllianceAtlas.Web.Accounts;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>Editors' accounts made for a test, and clients signed in through the real sign-in form.</summary>
public static class EditorAccounts
{
    public const string Password = "correct horse battery staple";

    public static async Task CreateAsync(AtlasApp app, string email, params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        await users.AddToRolesAsync(user, roles);
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var (_, page) = await GetAsync(client, "/admin/login");
        return await BrowserlessForm.From(page, "/admin/login")
            .Set("Email", email)
            .Set("Password", password)
            .SubmitAsync(client);
    }

    public static async Task<HttpClient> SignedInClientAsync(AtlasApp app, string email)
    {
        var client = app.CreateClientWithoutRedirects(cookies: true);
        var response = await SignInAsync(client, email, Password);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect,
            $"Sign-in answered {(int)response.StatusCode}: {(await BrowserlessForm.ParseAsync(response)).QuerySelector(".form-errors, [role=alert]")?.TextContent}");
        return client;
    }

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response, await BrowserlessForm.ParseAsync(response));
    }
}
