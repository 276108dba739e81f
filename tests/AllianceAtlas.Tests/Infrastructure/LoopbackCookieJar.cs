using System.Net.Http.Headers;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>
/// Keeps cookies the way a browser does for a site on 127.0.0.1, which it counts as a secure origin: cookies marked
/// Secure are sent back over plain http too (.NET's own cookie container would drop them).
/// </summary>
public sealed class LoopbackCookieJar : DelegatingHandler
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public LoopbackCookieJar()
        : base(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(cookie => $"{cookie.Key}={cookie.Value}")));
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                var pair = setCookie.Split(';')[0];
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                var (name, value) = (pair[..equals], pair[(equals + 1)..]);
                if (value.Length == 0 || setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
                {
                    _cookies.Remove(name);
                }
                else
                {
                    _cookies[name] = value;
                }
            }
        }

        return response;
    }
}
