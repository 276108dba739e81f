using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceAtlas.Tests.Admin;

public sealed class CreateAdminCommandTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    [Fact]
    public async Task The_first_administrator_is_created_from_a_password_on_standard_input()
    {
        using var output = new StringWriter();
        using var input = new StringReader("a long enough password\n");

        var exit = await CreateAdminCommand.RunAsync(app.Services, "first@example.org", input, output);

        Assert.Equal(0, exit);
        Assert.Contains("Created administrator first@example.org", output.ToString(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync("first@example.org");
        Assert.NotNull(user);
        Assert.True(await users.IsInRoleAsync(user, Roles.Admin));
        using var client = app.CreateClientWithoutRedirects(cookies: true);
        var signIn = await EditorAccounts.SignInAsync(client, "first@example.org", "a long enough password");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task A_short_password_or_a_missing_email_creates_nothing()
    {
        using var output = new StringWriter();

        Assert.Equal(1, await CreateAdminCommand.RunAsync(app.Services, "short@example.org", new StringReader("short\n"), output));
        Assert.Equal(2, await CreateAdminCommand.RunAsync(app.Services, null, new StringReader("a long enough password\n"), output));

        Assert.Contains("at least 12 characters", output.ToString(), StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync("short@example.org"));
    }
}
