using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>
/// The site as it is deployed: the Production environment, on Kestrel on a port of 127.0.0.1, seeded from a small
/// test content folder. For what only a real server or a real deployment does (its headers, its cookies' flags).
/// </summary>
public sealed class ProductionAtlas : AtlasApp, IAsyncLifetime
{
    private readonly ContentFolder _content = new();

    public ProductionAtlas()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public Uri BaseAddress { get; private set; } = null!;

    protected override string? ContentPath => _content.Root;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }

    public override HttpClient CreateClientWithoutRedirects(bool cookies) =>
        new(cookies ? new LoopbackCookieJar() : new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = BaseAddress,
        };

    public Task InitializeAsync()
    {
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        _content.Dispose();
    }
}
