using AllianceAtlas.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AllianceAtlas.Web.Health;

public sealed class DatabaseHealthCheck(AtlasDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database answers.")
            : HealthCheckResult.Unhealthy("The database cannot be reached.");
}
