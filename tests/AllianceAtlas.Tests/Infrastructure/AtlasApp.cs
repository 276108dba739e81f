using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;
using AngleSharp;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>
/// The real site, with its real pipeline, on a database of its own that is deleted afterwards: a SQLite file, or a
/// PostgreSQL database when the suite runs on PostgreSQL (<see cref="TestDatabase"/>).
/// By default it seeds from the repository's content folder, exactly as a first start does.
/// </summary>
public class AtlasApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "atlas-tests-" + Guid.NewGuid().ToString("N"));
    private readonly bool _ownsPostgresDatabase;

    public AtlasApp()
        : this(TestDatabase.IsPostgres ? PostgresServer.Instance.CreateDatabase() : null, ownsDatabase: true)
    {
    }

    /// <summary>A site on the given PostgreSQL database, which another instance may be serving too.</summary>
    protected AtlasApp(string? postgresDatabase, bool ownsDatabase)
    {
        Directory.CreateDirectory(_folder);
        PostgresDatabase = postgresDatabase;
        _ownsPostgresDatabase = ownsDatabase && postgresDatabase is not null;
    }

    public string DatabasePath => Path.Combine(_folder, "atlas.db");

    /// <summary>Null when the site runs on SQLite.</summary>
    public string? PostgresDatabase { get; }

    /// <summary>Tests sign in often; the one test of the limit itself uses the real default.</summary>
    protected virtual int SignInAttemptsPerMinute => 1000;

    /// <summary>Null means the repository's own content folder.</summary>
    protected virtual string? ContentPath => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        if (PostgresDatabase is { } database)
        {
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Atlas", PostgresServer.Instance.ConnectionStringFor(database));
        }
        else
        {
            builder.UseSetting("ConnectionStrings:Atlas", $"Data Source={DatabasePath}");
        }

        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Admin:SignInAttemptsPerMinute", SignInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (ContentPath is { } content)
        {
            builder.UseSetting("Content:Path", content);
        }
    }

    /// <summary>
    /// The server takes requests while the database is still being prepared (they wait for it); tests also read the
    /// database directly, so the site counts as started only once it is ready.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (WaitsForDatabase)
        {
            host.Services.GetRequiredService<DatabaseReadiness>().Ready.GetAwaiter().GetResult();
        }

        return host;
    }

    /// <summary>False for the test of a request that arrives while the database is still being prepared.</summary>
    protected virtual bool WaitsForDatabase => true;

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

    /// <summary>Takes the database away underneath the running site, as a failed disk or server would.</summary>
    public void MakeDatabaseUnreachable()
    {
        if (PostgresDatabase is { } database)
        {
            PostgresServer.Instance.DropDatabase(database);
            return;
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            if (_ownsPostgresDatabase)
            {
                PostgresServer.Instance.DropDatabase(PostgresDatabase!);
            }

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
