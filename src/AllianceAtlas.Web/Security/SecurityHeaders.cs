using System.Collections.Immutable;
using Microsoft.Net.Http.Headers;

namespace AllianceAtlas.Web.Security;

/// <summary>
/// Headers every response carries. Scripts and styles come only from the site's own files: no inline script,
/// no inline style, no framing, no plugins. The JSON-LD block in each page is data, which browsers never run.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The headers every response gets alike (the policy is not one of them: a response may bring its own).</summary>
    public static readonly ImmutableArray<KeyValuePair<string, string>> Fixed =
    [
        new(HeaderNames.XContentTypeOptions, "nosniff"),
        new(HeaderNames.XFrameOptions, "DENY"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"),
        new("Cross-Origin-Opener-Policy", "same-origin"),
    ];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // Set as the response starts, so an error page that replaced a failed response carries them too.
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            // A response may bring a stricter policy of its own (a map image allows nothing but its own styles).
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            foreach (var (name, value) in Fixed)
            {
                headers[name] = value;
            }

            // What an editor is shown (drafts, histories, forms) is kept by no browser or proxy. The reader-page cache
            // never holds such a response either: it passes every request with an editor's cookie by.
            var context = ((HttpResponse)state).HttpContext;
            if (context.User.Identity?.IsAuthenticated == true
                || context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        }, context.Response);
        return next(context);
    });
}
