using AllianceAtlas.Web.Data;
using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>
/// The real site, with its real pipeline, on a SQLite file of its own that is deleted afterwards.
/// By default it seeds from the repository's content folder, exactly as a first start does.
/// </summary>
public class AtlasApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "atlas-tests-" + Guid.NewGuid().ToString("N"));

    public AtlasApp()
    {
        Directory.CreateDirectory(_folder);
    }

    public string DatabasePath => Path.Combine(_folder, "atlas.db");

    /// <summary>Tests sign in often; the one test of the limit itself uses the real default.</summary>
    protected virtual int SignInAttemptsPerMinute => 1000;

    /// <summary>Null means the repository's own content folder.</summary>
    protected virtual string? ContentPath => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Atlas", $"Data Source={DatabasePath}");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Admin:SignInAttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (ContentPath is { } content)
        {
            builder.UseSetting("Content:Path", content);
        }
    }

    public AtlasDbContext CreateDbContext()
    {
        var scope = Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<AtlasDbContext>();
    }

    /// <summary>A client that shows redirects instead of following them, keeping cookies when asked to.</summary>
    public virtual HttpClient CreateClientWithoutRedirects(bool cookies) =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = cookies });

    public HttpClient CreateReader() => CreateClientWithoutRedirects(cookies: false);

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(string path)
    {
        using var client = CreateReader();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        var document = (IHtmlDocument)await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
        return (response, document);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is the operating system's to clean up later.
            }
        }
    }
}
