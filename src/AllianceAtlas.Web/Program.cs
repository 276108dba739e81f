using AllianceAtlas.Web;
using AllianceAtlas.Web.Accounts;
using AllianceAtlas.Web.Api;
using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Feeds;
using AllianceAtlas.Web.Health;
using AllianceAtlas.Web.Hosting;
using AllianceAtlas.Web.Pages.Alliances;
using AllianceAtlas.Web.Performance;
using AllianceAtlas.Web.Security;
using Serilog;

var command = CommandLine.Parse(args);
var builder = WebApplication.CreateBuilder(SiteFolder.Options(command.HostArguments));

// `dotnet run` serves wwwroot from the build output's manifest in every environment, compressed
// variants included; a published build has no manifest and this does nothing.
builder.WebHost.UseStaticWebAssets();
// No "Server: Kestrel": what runs the site is nobody's business.
builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
// The site logs through a logger of its own, not Serilog's static one: that belongs to whichever site in the process
// set it last (the tests host many at once), and events would go to another site's sinks.
builder.Host.UseSerilog((context, services, logger) => logger
    .ReadFrom.Configuration(context.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext()
    .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture),
    preserveStaticLogger: true);

builder.Services.AddAtlasPerformance(builder.Configuration);
builder.Services.AddAtlasDatabase(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddAtlasForwardedHeaders(builder.Configuration);
// A query value of the wrong type (?page=abc) throws, so the API can answer it with a problem naming the parameter.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.Configure<ContentOptions>(builder.Configuration.GetSection(ContentOptions.Section));
builder.Services.AddScoped<ContentImporter>();
builder.Services.AddSingleton<DatabaseReadiness>();
builder.Services.AddAtlasAccounts(builder.Environment, builder.Configuration);
builder.Services.AddRazorPages(options => options.Conventions
    .AuthorizeFolder("/Admin", AccountSetup.EditorPolicy)
    .AuthorizeFolder("/Admin/Users", AccountSetup.AdminPolicy)
    .AllowAnonymousToPage("/Admin/Login")
    .AllowAnonymousToPage("/Admin/Denied")
    .AddPageRoute("/Admin/Alliances/Edit", "admin/alliances/new")
    .AddPageRoute("/Admin/Topics/Edit", "admin/topics/new")
    .AddPageRoute("/Admin/Events/Edit", "admin/events/new")
    .AddPageRoute("/Admin/Countries/Edit", "admin/countries/new")
    .AddPageRoute("/Admin/Sources/Edit", "admin/sources/new"))
    .AddMvcOptions(FormTextBinderProvider.Register);
builder.Services.AddRouting(options => options.LowercaseUrls = true);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<AllianceAtlas.Web.Maps.WorldShapes>();
builder.Services.AddSingleton<AllianceAtlas.Web.Maps.MapStyles>();
builder.Services.AddSingleton<AllianceAtlas.Web.Pages.Search.SearchLexicon>();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();

switch (command.Name)
{
    case "import":
        return await ImportCommand.RunAsync(app.Services, command.CheckOnly, Console.Out);
    case "create-admin":
        // A password typed at a terminal is not shown; one piped in is read as the first line.
        return await CreateAdminCommand.RunAsync(app.Services, command.Email,
            Console.IsInputRedirected ? Console.In : new UnechoedTerminalReader(), Console.Out);
    case "generate":
        return await GenerateCommand.RunAsync(app.Services, command.Alliances, Console.Out);
}

if (SiteFolder.WhyStaticFilesMissing(app.Environment) is { } missing)
{
    await Console.Error.WriteLineAsync($"AllianceAtlas cannot start: {missing}");
    return 1;
}

// The database is migrated (and on a first start seeded) on another thread while this one maps the endpoints; the
// server starts once the migrations are done, beside the seeding, and a request that arrives before the seeding is
// done waits for it.
var readiness = app.Services.GetRequiredService<DatabaseReadiness>();
var preparing = readiness.Begin(app.Services, app.Lifetime.ApplicationStopping);
// First: everything after it (links, HSTS, the cache's keys, the sign-in throttle) sees the reader's scheme and address.
app.UseForwardedHeaders();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

// Before the request log and routing: a page served from memory is the cheapest thing the site does, and at the
// default Information level, writing its log line cost a quarter of the CPU serving it took (see bench/README.md).
// The pages the site renders are logged; pages served from memory are not (a proxy in front, where there is one, logs
// every request). Editors' requests pass the cache by.
app.UseHeadAsGet();
app.UseReaderPageCache();
app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
// A reader who leaves while their page is being made is no server error: the page's work stops (a search is
// interrupted) and the request is logged as 499, as ASP.NET Core's own exception handler would answer it.
app.Use(async (context, next) =>
{
    try
    {
        await next(context);
    }
    catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
    {
        if (!context.Response.HasStarted)
        {
            context.Response.StatusCode = StatusCodes.Status499ClientClosedRequest;
        }
    }
});
// Inside the cache, which holds only pages that succeeded: a cached page passes no error page's check.
app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseReaderMethods();
// Inside the cache: a cached page is stored compressed, once per encoding, and served with no work at all.
app.UseAtlasCompression();
app.UseRouting();
app.UseBindingProblems();
// Nothing before this point reads the database, so a request that arrives during the seeding gets this far (the first
// one builds the routes) while the seeding runs, and waits here for it.
app.Use(async (context, next) =>
{
    if (!preparing.IsCompletedSuccessfully)
    {
        await preparing.WaitAsync(context.RequestAborted);
    }

    await next(context);
});
app.UseCookiePolicy();
app.UseAuthentication();
app.UseAuthorization();
app.MapStaticAssets();
app.MapHealthChecks("/healthz", HealthResponse.Options);
app.MapFeeds();
app.MapAtlasApi();
app.MapAllianceMapImages();
app.MapOpenApi();
app.MapRazorPages().WithStaticAssets();

try
{
    // The services that start with the server may read the database as they do (data protection loads its keys), so
    // the tables must exist first; only the seeding runs beside the server's start.
    await readiness.Migrated;
    await app.StartAsync();
    await preparing;
    await app.WaitForShutdownAsync();
}
catch (Exception exception) when (DatabaseWriteFailures.Explain(exception) is { } why)
{
    // A database the site cannot write (removed, read-only, immutable) stops the start saying what is wrong; any other
    // failure to prepare it ends the process with its exception.
    await Console.Error.WriteLineAsync($"AllianceAtlas cannot start: {why}");
    return 1;
}
finally
{
    await app.DisposeAsync();
}

return 0;

/// <summary>Exposed so the tests can host the real pipeline.</summary>
public partial class Program;
