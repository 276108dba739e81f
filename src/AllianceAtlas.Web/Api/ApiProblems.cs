using System.Text.Json;

namespace AllianceAtlas.Web.Api;

/// <summary>Errors under /api are answered as RFC 9457 problem details, for tools, never as an HTML page.</summary>
public static class ApiProblems
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static async Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        await JsonSerializer.SerializeAsync(context.Response.Body, new { title, status, detail },
            cancellationToken: context.RequestAborted);
    }

    /// <summary>
    /// A query value the API cannot read as its parameter's type (?page=abc) fails binding; under /api that is a
    /// problem naming the parameter, elsewhere the site's own error page for the status.
    /// </summary>
    public static IApplicationBuilder UseBindingProblems(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException exception) when (!context.Response.HasStarted)
        {
            context.Response.Clear();
            if (IsApi(context.Request))
            {
                await WriteAsync(context, exception.StatusCode, "A query value could not be read", exception.Message);
            }
            else
            {
                context.Response.StatusCode = exception.StatusCode;
            }
        }
    });
}
