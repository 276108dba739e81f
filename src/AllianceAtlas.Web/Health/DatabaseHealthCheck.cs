using AllianceAtlas.Web.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AllianceAtlas.Web.Health;

/// <summary>
/// Unhealthy when the database cannot be reached or its file is gone; degraded when readers are served but saves are
/// refused (a read-only file), so a balancer keeps the instance while an operator sees why editors cannot save.
/// </summary>
public sealed class DatabaseHealthCheck(AtlasDbContext db, SqliteDatabaseFile? file = null) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (file is { IsFile: true } && !File.Exists(file.Path))
        {
            return HealthCheckResult.Unhealthy(file.WhyUnwritable());
        }

        if (!await db.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }

        return file?.WhyUnwritable() is { } problem
            ? HealthCheckResult.Degraded(problem)
            : HealthCheckResult.Healthy("The database answers.");
    }
}
