using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>The site on the small test content, with every SQL command it sends counted.</summary>
public sealed class CountingApp : AtlasApp
{
    private readonly ContentFolder _content = new();

    public SqlCommandCounter Commands { get; } = new();

    protected override string? ContentPath => _content.Root;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // On PostgreSQL the site's context is the subclass, whose options are configured apart.
        builder.ConfigureTestServices(services => services
            .ConfigureDbContext<AtlasDbContext>(options => options.AddInterceptors(Commands))
            .ConfigureDbContext<PostgresAtlasDbContext>(options => options.AddInterceptors(Commands)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _content.Dispose();
        }
    }
}
