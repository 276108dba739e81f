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

    private volatile Validators? _current;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && !request.Cookies.ContainsKey(AccountSetup.EditorCookie)
            && !IsUncached(request.Path);
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Value.ReaderPageSeconds);
        context.Tags.Add(ContentChanges.Tag);
        var validators = Current();
        if (cacheable)
        {
            // Set before the page runs: the cache records a response's headers before they go out.
            var response = context.HttpContext.Response;
            AddValidators(response, validators);
            response.OnStarting(static state =>
            {
                var response = (HttpResponse)state;
                if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
                {
                    response.Headers.Remove(HeaderNames.ETag);
                    response.Headers.Remove(HeaderNames.LastModified);
                }

                return Task.CompletedTask;
            }, response);
        }

        // Pages that mention today's date (citations' access date, today's map) change at midnight.
        context.CacheVaryByRules.VaryByValues["day"] = validators.Day;
        // A page that was being rendered while a change committed may show the content from before it, and the cache
        // stores it when it is done, which can be after the change evicted the tag. Keyed by the content's version, such
        // a page is stored where no request made after the change looks.
        context.CacheVaryByRules.VaryByValues["version"] = validators.Version;
        // Every query parameter is part of the address: /search?q=nato and /search?q=quad are two pages.
        context.CacheVaryByRules.QueryKeys = "*";
        // Compression happens inside the cache, so each encoding a reader accepts is a cached copy of its own.
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie)
            || context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsUncached(PathString path)
    {
        foreach (var prefix in Uncached)
        {
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddValidators(HttpResponse response, Validators validators)
    {
        response.Headers.ETag = validators.ETag;
        response.Headers.LastModified = validators.LastModified;
        response.Headers.CacheControl = "no-cache";
    }

    /// <summary>
    /// The strings change only when the content or the day does; formatting them for every request, cache hits included,
    /// took about 2 % of the CPU that serving a cached page costs.
    /// </summary>
    private Validators Current()
    {
        var changed = changes.LastChanged;
        var day = clock.GetUtcNow().UtcTicks / TimeSpan.TicksPerDay;
        var current = _current;
        if (current is null || current.ChangedTicks != changed.UtcTicks || current.DayNumber != day)
        {
            var today = new DateTime(day * TimeSpan.TicksPerDay, DateTimeKind.Utc).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var version = changed.UtcTicks.ToString(CultureInfo.InvariantCulture);
            current = new Validators(changed.UtcTicks, day, today, version, $"W/\"{version}-{today}\"",
                changed.ToString("R", CultureInfo.InvariantCulture));
            _current = current;
        }

        return current;
    }

    private sealed record Validators(long ChangedTicks, long DayNumber, string Day, string Version, string ETag, string LastModified);
}
