using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>
/// The real site on a Kestrel port of 127.0.0.1, for what only a real server shows: what a HEAD response carries on the
/// wire, and the server's own limit on a request's body.
/// </summary>
public sealed class KestrelAtlas : AtlasApp
{
    private readonly Uri _baseAddress;

    public KestrelAtlas()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        _baseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public override HttpClient CreateClientWithoutRedirects(bool cookies) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies }) { BaseAddress = _baseAddress };
}
