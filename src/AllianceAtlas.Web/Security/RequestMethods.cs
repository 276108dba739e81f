using AllianceAtlas.Web.Api;
using Microsoft.AspNetCore.Http.Features;

namespace AllianceAtlas.Web.Security;

/// <summary>
/// What a request may be before the site looks at it: readers' pages answer GET and HEAD only (forms post only under
/// /admin), HEAD answers exactly as GET without the body, and a body too large is refused as such.
/// </summary>
public static class RequestMethods
{
    public const string ReaderMethods = "GET, HEAD";

    /// <summary>Kestrel's own default limit, used where the server states none (the test server).</summary>
    public const long DefaultBodyLimit = 30_000_000;

    /// <summary>Before the reader cache: a HEAD is served as the GET it stands for, from memory when the page is there.</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
        HttpMethods.IsHead(context.Request.Method) ? AsGetWithoutBodyAsync(context, next) : next(context));

    /// <summary>Inside the status code pages, so a refusal outside the API gets the site's error page.</summary>
    public static IApplicationBuilder UseReaderMethods(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        // An error page is made by running the request again at /error/{code}, with the request's own method and body.
        // Error pages are read, never posted to (a POST would meet the antiforgery check and end as a bare 400), and the
        // body they explain may be one too large to read: they run as a GET without it.
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodeReExecuteFeature>() is not null)
        {
            var (method, body, contentType, contentLength) = (request.Method, request.Body, request.ContentType, request.ContentLength);
            (request.Method, request.Body, request.ContentType, request.ContentLength) = (HttpMethods.Get, Stream.Null, null, null);
            try
            {
                await next(context);
            }
            finally
            {
                (request.Method, request.Body, request.ContentType, request.ContentLength) = (method, body, contentType, contentLength);
            }

            return;
        }

        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? DefaultBodyLimit;
        if (request.ContentLength > limit)
        {
            await RefuseAsync(context, StatusCodes.Status413PayloadTooLarge, "The request is too large",
                $"The request's body is {request.ContentLength:N0} bytes; the site takes at most {limit:N0}.");
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.Allow = ReaderMethods;
            await RefuseAsync(context, StatusCodes.Status405MethodNotAllowed, "The method is not allowed here",
                $"{request.Method} is not answered here; this address answers {ReaderMethods}.");
            return;
        }

        await next(context);
    });

    /// <summary>
    /// Every endpoint answers HEAD as it answers GET, cached or not, with the same headers and no body. Endpoints mapped
    /// for GET alone (the API, the feed, CSV files, map images) would otherwise not be found.
    /// </summary>
    private static async Task AsGetWithoutBodyAsync(HttpContext context, RequestDelegate next)
    {
        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    }

    private static async Task RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        if (ApiProblems.IsApi(context.Request))
        {
            await ApiProblems.WriteAsync(context, status, title, detail);
            return;
        }

        // Other addresses get the site's error page for the status (re-executed as GET).
        context.Response.StatusCode = status;
    }
}
