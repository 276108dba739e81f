using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AllianceAtlas.Web.Data;

/// <summary>
/// Lets <c>dotnet ef … --context AtlasDbContext</c> build the SQLite model without starting the site. Without it the
/// tools would take <see cref="PostgresDesignTimeFactory"/>, whose context is an <see cref="AtlasDbContext"/> too.
/// Neither adding a migration nor writing the compiled model opens the database.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<AtlasDbContext>
{
    public AtlasDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AtlasDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
