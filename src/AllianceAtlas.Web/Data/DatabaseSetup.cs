using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Atlas";

    public static IServiceCollection AddAtlasDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Database:Provider"] ?? "Sqlite";
        if (!provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"Database:Provider is '{provider}', but this build supports only 'Sqlite'.");
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"No connection string '{ConnectionStringName}' is configured (ConnectionStrings__{ConnectionStringName}).");
        EnsureSqliteFolderExists(connectionString);

        services.AddSingleton<SqlitePragmas>();
        services.AddDbContext<AtlasDbContext>((serviceProvider, options) => options
            .UseSqlite(connectionString)
            .AddInterceptors(
                serviceProvider.GetRequiredService<SqlitePragmas>(),
                serviceProvider.GetRequiredService<Performance.ContentChangeInterceptor>()));
        return services;
    }

    /// <summary>Applies migrations and switches the file to write-ahead logging so reads never wait for a save.</summary>
    public static async Task MigrateAsync(AtlasDbContext db, CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
    }

    private static void EnsureSqliteFolderExists(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
