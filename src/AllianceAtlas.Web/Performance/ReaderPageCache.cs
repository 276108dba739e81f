using System.Globalization;
using AllianceAtlas.Web.Accounts;
using AllianceAtlas.Web.Security;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AllianceAtlas.Web.Performance;

/// <summary>
/// Serves what every anonymous reader sees alike from memory: GET and HEAD, 200 responses that set no cookie, never the
/// editors' pages or the health check. Every page carries a validator, so a browser that already has it gets 304 Not
/// Modified, and the next content change drops them all.
/// It answers before sign-in cookies are read, which would otherwise be a fifth of the cost of serving a cached page;
/// so it tells a signed-in editor by the cookie itself and lets such a request pass by.
/// It takes the place of ASP.NET Core's output cache, whose general machinery (policies, a key built from rules, a
/// lock around every lookup, each entry decoded from bytes for every hit) took about a quarter of the CPU that serving
/// a cached page cost; see bench/README.md.
/// </summary>
public sealed class ReaderPageCache(RequestDelegate next, ReaderPageStore store, ContentChanges changes, TimeProvider clock)
{
    private static readonly PathString[] Uncached = ["/admin", "/healthz", "/error"];

    /// <summary>
    /// Set for each request; a stored copy of these would be wrong or said twice. Setting the security headers twice
    /// cost about 2 % of the CPU a cached page takes: Kestrel looks each header up as it is set.
    /// </summary>
    private static readonly HashSet<string> NotStored = new(
        [
            HeaderNames.Date, HeaderNames.Server, HeaderNames.Age, HeaderNames.ContentLength, HeaderNames.TransferEncoding,
            HeaderNames.SetCookie, .. SecurityHeaders.Fixed.Select(header => header.Key),
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>What a 304 repeats of the 200 it stands for (RFC 9110, section 15.4.5).</summary>
    private static readonly string[] KeptIn304 = [HeaderNames.CacheControl, HeaderNames.ETag, HeaderNames.Vary, HeaderNames.ContentLocation, HeaderNames.Expires];

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (!(isGet || HttpMethods.IsHead(request.Method))
            || request.Headers.ContainsKey(HeaderNames.Authorization)
            || (request.Headers.Cookie.Count > 0 && request.Cookies.ContainsKey(AccountSetup.EditorCookie))
            || IsUncached(request.Path))
        {
            await next(context);
            return;
        }

        var version = changes.Current();
        // Everything a page's bytes depend on: its address (absolute links are made from it) and the encoding asked for.
        var key = string.Concat(request.Scheme, "://", request.Host.Value, request.PathBase.Value, request.Path.Value,
            request.QueryString.Value, "\n", request.Headers.AcceptEncoding.ToString());
        if (store.TryGet(key, version, out var page))
        {
            await ServeAsync(context, page);
            return;
        }

        // Only a GET renders a body to keep; a HEAD is answered from a GET's copy when there is one.
        if (!isGet)
        {
            await RenderAsync(context, version, keep: false);
            return;
        }

        var rendering = store.Claim(key);
        if (rendering is null)
        {
            await RenderOnceAsync(context, key, version);
            return;
        }

        try
        {
            page = await rendering.WaitAsync(context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The reader left while another request rendered the page: there is no one to answer, and no fault.
            return;
        }

        if (page is not null && page.Shows(version))
        {
            await ServeAsync(context, page);
            return;
        }

        // That rendering's page could not be kept, or shows the content from before a change.
        await RenderAsync(context, version, keep: false);
    }

    /// <summary>Renders and keeps the page this request claimed, and hands it to the readers waiting for it.</summary>
    private async Task RenderOnceAsync(HttpContext context, string key, PageVersion version)
    {
        CachedPage? page = null;
        try
        {
            // Another rendering may have finished between the first look and the claim.
            if (store.TryGet(key, version, out page))
            {
                await ServeAsync(context, page);
                return;
            }

            page = await RenderAsync(context, version, keep: true);
        }
        finally
        {
            store.Finish(key, page);
        }
    }

    private async Task<CachedPage?> RenderAsync(HttpContext context, PageVersion version, bool keep)
    {
        // Set before the page runs, so a page that streams its body sends them; taken back if the page fails or signs
        // someone in.
        var response = context.Response;
        response.Headers.ETag = version.ETag;
        response.Headers.LastModified = version.LastModified;
        response.OnStarting(static state =>
        {
            var response = (HttpResponse)state;
            // Unless the response says otherwise (a static file says how long it keeps), a browser asks again each time.
            if (StringValues.IsNullOrEmpty(response.Headers.CacheControl))
            {
                response.Headers.CacheControl = "no-cache";
            }

            if (!IsKeepable(response))
            {
                response.Headers.Remove(HeaderNames.ETag);
                response.Headers.Remove(HeaderNames.LastModified);
            }

            return Task.CompletedTask;
        }, response);

        if (!keep)
        {
            await next(context);
            return null;
        }

        var body = response.Body;
        using var capture = new PageCaptureStream(body, store.MaximumPageBytes);
        response.Body = capture;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
        }

        // A page that asked not to be stored (antiforgery does, for a form whose token is bound to one reader's cookie)
        // is not.
        if (!IsKeepable(response) || context.User.Identity?.IsAuthenticated == true || context.RequestAborted.IsCancellationRequested
            || HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.NoStoreString)
            || HeaderUtilities.ContainsCacheDirective(response.Headers.CacheControl, CacheControlHeaderValue.PrivateString)
            || capture.Page is not { } bytes)
        {
            return null;
        }

        var headers = new List<KeyValuePair<string, StringValues>>(response.Headers.Count);
        foreach (var header in response.Headers)
        {
            if (!NotStored.Contains(header.Key))
            {
                headers.Add(header);
            }
        }

        return new CachedPage(version.ETag, clock.GetUtcNow(), [.. headers], bytes);
    }

    private async Task ServeAsync(HttpContext context, CachedPage page)
    {
        var response = context.Response;
        if (IsNotModified(context.Request, page))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            foreach (var (name, value) in page.Headers)
            {
                if (Array.IndexOf(KeptIn304, name) >= 0)
                {
                    response.Headers[name] = value;
                }
            }

            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in page.Headers)
        {
            response.Headers[name] = value;
        }

        var age = Math.Max(0, (clock.GetUtcNow() - page.Created).Ticks / TimeSpan.TicksPerSecond);
        response.Headers.Age = age.ToString(CultureInfo.InvariantCulture);
        response.ContentLength = page.Body.Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await response.BodyWriter.WriteAsync(page.Body, context.RequestAborted);
        }
    }

    private static bool IsNotModified(HttpRequest request, CachedPage page)
    {
        var headers = request.Headers;
        if (headers.IfNoneMatch.Count == 0 && headers.IfModifiedSince.Count == 0)
        {
            return false;
        }

        var conditions = request.GetTypedHeaders();
        if (conditions.IfNoneMatch.Count > 0)
        {
            var etag = EntityTagHeaderValue.Parse(page.ETag);
            return conditions.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false));
        }

        var lastModified = Array.Find(page.Headers, header => header.Key == HeaderNames.LastModified).Value;
        return conditions.IfModifiedSince is { } since
            && HeaderUtilities.TryParseDate(lastModified.ToString(), out var modified)
            && modified <= since;
    }

    private static bool IsKeepable(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.SetCookie);

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
}
