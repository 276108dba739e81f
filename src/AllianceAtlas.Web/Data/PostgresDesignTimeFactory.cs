using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AllianceAtlas.Web.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add … --context PostgresAtlasDbContext</c> build the PostgreSQL model without a
/// server: adding a migration only compares models, it never connects.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAtlasDbContext>
{
    public PostgresAtlasDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAtlasDbContext>().UseNpgsql("Host=localhost;Database=atlas").Options);
}
