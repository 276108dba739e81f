using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace AllianceAtlas.Web.Accounts;

public static class AccountSetup
{
    public const string EditorPolicy = "Editor";
    public const string AdminPolicy = "Admin";
    public const string SignInPath = "/admin/login";

    /// <summary>The signed-in editor's cookie; the reader-page cache passes by any request that carries it.</summary>
    public const string EditorCookie = "atlas.editor";

    public static IServiceCollection AddAtlasAccounts(this IServiceCollection services, IHostEnvironment environment, IConfiguration configuration)
    {
        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AtlasDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        // The keys that sign cookies and form tokens live in the database, so every instance serving it trusts the
        // same cookies and a restart signs no editor out. The fixed name stops the install folder from splitting them.
        services.AddDataProtection()
            .SetApplicationName("AllianceAtlas")
            .PersistKeysToDbContext<AtlasDbContext>();

        // Plain http is only ever a developer's or a test's loopback.
        var secure = environment.IsDevelopment() || environment.IsEnvironment("Testing")
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;

        // Every cookie the site sets (the form tokens' and TempData's too) is Secure when deployed. Set through the cookie
        // policy rather than antiforgery's own option, which would refuse to serve a form over plain http at all.
        services.Configure<CookiePolicyOptions>(options => options.Secure = secure);
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = SignInPath;
            options.LogoutPath = "/admin/logout";
            options.AccessDeniedPath = "/admin/denied";
            options.Cookie.Name = EditorCookie;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = SessionStamp.ValidateAsync;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(EditorPolicy, policy => policy.RequireRole(Roles.Editor, Roles.Admin))
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(Roles.Admin));

        services.AddSingleton<DecoyPassword>();
        services.AddSingleton(new SignInThrottle(configuration.GetValue("Admin:SignInAttemptsPerMinute", 10)));
        return services;
    }
}
