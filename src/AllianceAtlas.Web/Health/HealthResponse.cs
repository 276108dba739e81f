using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace AllianceAtlas.Web.Health;

public static class HealthResponse
{
    /// <summary>A small JSON body so an operator sees which check failed, not only a status code.</summary>
    public static readonly HealthCheckOptions Options = new()
    {
        ResponseWriter = async (context, report) =>
        {
            context.Response.ContentType = "application/json";
            await JsonSerializer.SerializeAsync(context.Response.Body, new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(
                    entry => entry.Key,
                    entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
            }, cancellationToken: context.RequestAborted);
        },
    };
}
