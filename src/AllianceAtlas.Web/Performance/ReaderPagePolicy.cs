using System.Globalization;
using AllianceAtlas.Web.Accounts;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AllianceAtlas.Web.Performance;

/// <summary>
/// Caches what every anonymous reader sees alike: GET and HEAD, 200 responses that set no cookie, never the
/// editors' pages or the health check. Each cached page is tagged for eviction on the next content change and
/// carries a validator so a browser that already has it gets 304 Not Modified.
/// The cache answers before sign-in cookies are read, which would otherwise be a fifth of the cost of serving a cached
/// page; so it tells a signed-in editor by the cookie itself and lets such a request pass by.
/// </summary>
public sealed class ReaderPagePolicy(ContentChanges changes, IOptions<CachingOptions> options, TimeProvider clock) : IOutputCachePolicy
{
    private static readonly PathString[] Uncached = ["/admin", "/healthz", "/error"];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && !request.Cookies.ContainsKey(AccountSetup.EditorCookie)
            && !Uncached.Any(prefix => request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Value.ReaderPageSeconds);
        context.Tags.Add(ContentChanges.Tag);
        if (cacheable)
        {
            // Set before the page runs: the cache records a response's headers before they go out.
            var response = context.HttpContext.Response;
            AddValidators(response);
            response.OnStarting(() =>
            {
                if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
                {
                    response.Headers.Remove(HeaderNames.ETag);
                    response.Headers.Remove(HeaderNames.LastModified);
                }

                return Task.CompletedTask;
            });
        }

        // Pages that mention today's date (citations' access date, today's map) change at midnight.
        context.CacheVaryByRules.VaryByValues["day"] = Today();
        // Compression happens inside the cache, so each encoding a reader accepts is a cached copy of its own.
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private void AddValidators(HttpResponse response)
    {
        var changed = changes.LastChanged;
        response.Headers.ETag = $"W/\"{changed.UtcTicks.ToString(CultureInfo.InvariantCulture)}-{Today()}\"";
        response.Headers.LastModified = changed.ToString("R", CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-cache";
    }

    private string Today() => clock.GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
