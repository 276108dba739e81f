using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace AllianceAtlas.Web.Security;

/// <summary>
/// Behind a proxy (the README's nginx), the scheme and the reader's address come from X-Forwarded-Proto and
/// X-Forwarded-For, so links say https, HSTS is sent and the sign-in throttle counts readers, not the proxy. Only the
/// proxies named in configuration are believed (loopback always, as ASP.NET Core's default), so no reader can claim to
/// be someone else by sending the headers themselves.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddAtlasForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection($"{Section}:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection($"{Section}:KnownNetworks").Get<string[]>() ?? [];
        var parsedProxies = proxies.Select(proxy => IPAddress.TryParse(proxy, out var address)
            ? address
            : throw new InvalidOperationException($"{Section}:KnownProxies has '{proxy}', which is not an IP address (such as 10.0.0.2).")).ToList();
        var parsedNetworks = networks.Select(network => System.Net.IPNetwork.TryParse(network, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"{Section}:KnownNetworks has '{network}', which is not a network written as address/prefix (such as 172.16.0.0/12).")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            parsedProxies.ForEach(options.KnownProxies.Add);
            parsedNetworks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }
}
