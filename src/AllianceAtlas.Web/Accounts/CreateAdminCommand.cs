using Microsoft.AspNetCore.Identity;

namespace AllianceAtlas.Web.Accounts;

/// <summary>
/// Creates the first administrator. There is no default account: the password comes from
/// ATLAS_ADMIN_PASSWORD or the first line of standard input, never from the command line.
/// </summary>
public static class CreateAdminCommand
{
    public const string PasswordVariable = "ATLAS_ADMIN_PASSWORD";

    public static async Task<int> RunAsync(IServiceProvider services, string? email, TextReader input, TextWriter output)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            await output.WriteLineAsync("Usage: create-admin --email someone@example.org (password from ATLAS_ADMIN_PASSWORD or standard input)");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync($"Password for {email} (at least 12 characters), then Enter:");
            password = await input.ReadLineAsync();
        }

        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync($"No password given: set {PasswordVariable} or type it on standard input.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await Data.DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<Data.AtlasDbContext>(), CancellationToken.None);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            await output.WriteLineAsync($"{email} already has an account; nothing was changed.");
            return 1;
        }

        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                await output.WriteLineAsync(error.Description);
            }

            return 1;
        }

        await users.AddToRolesAsync(user, Roles.All);
        await output.WriteLineAsync($"Created administrator {email}. Sign in at /admin/login.");
        return 0;
    }
}
