using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace AllianceAtlas.Web.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Atlas";

    /// <param name="contentRoot">The site's folder, from which a relative SQLite path is taken.</param>
    public static IServiceCollection AddAtlasDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"No connection string '{ConnectionStringName}' is configured (ConnectionStrings__{ConnectionStringName}).");

        // Pooled contexts: a request borrows one whose EF Core services are already set up instead of building them
        // again (measured: about a seventh of an uncached search). Interceptors are singletons, as pooling requires.
        switch (DatabaseProviders.Parse(configuration["Database:Provider"]))
        {
            case DatabaseProvider.Sqlite:
                var file = new SqliteDatabaseFile(connectionString, contentRoot);
                services.AddSingleton(file);
                services.AddSingleton<DatabaseFileGuard>();
                services.AddSingleton<SqlitePragmas>();
                // The compiled model (Data/CompiledModel) spares a first start building the model and compiling
                // the code that reads and writes each kind of entity: 0.3 to 1.3 s of a first start, as measured.
                services.AddDbContextPool<AtlasDbContext>((serviceProvider, options) => options
                    .UseSqlite(file.RuntimeConnectionString)
                    .UseModel(CompiledModel.AtlasDbContextModel.Instance)
                    .ConfigureWarnings(SkipPendingModelCheck)
                    .ReplaceService<IExceptionDetector, SqliteCancellationDetector>()
                    .AddInterceptors(
                        serviceProvider.GetRequiredService<SqlitePragmas>(),
                        serviceProvider.GetRequiredService<DatabaseFileGuard>(),
                        serviceProvider.GetRequiredService<Performance.ContentChangeInterceptor>()));
                break;

            case DatabaseProvider.Postgres:
                services.AddDbContextPool<AtlasDbContext, PostgresAtlasDbContext>((serviceProvider, options) => options
                    .UseNpgsql(connectionString)
                    .ConfigureWarnings(SkipPendingModelCheck)
                    .AddInterceptors(serviceProvider.GetRequiredService<Performance.ContentChangeInterceptor>()));
                services.AddSingleton(new PostgresConnection(connectionString));
                services.AddHostedService<Performance.PostgresContentListener>();
                break;
        }

        return services;
    }

    /// <summary>
    /// Migrating would otherwise build a second, design-time model on every start to compare with the last migration,
    /// which costs about a tenth of a first start. The migration tests make that comparison once, before code ships.
    /// </summary>
    private static void SkipPendingModelCheck(WarningsConfigurationBuilder warnings) =>
        warnings.Ignore(RelationalEventId.PendingModelChangesWarning);

    /// <summary>
    /// Applies migrations; on SQLite it first creates a new file (and refuses one the site cannot write), and it also switches the file to write-ahead logging so reads never wait for a save.
    /// </summary>
    public static async Task MigrateAsync(AtlasDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            new SqliteDatabaseFile(db.Database.GetConnectionString()!, Environment.CurrentDirectory).PrepareForStart();
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// Holds a PostgreSQL advisory lock until disposed, so only one instance at a time migrates and seeds the
    /// database. SQLite serves one machine's one process, so there it holds nothing.
    /// </summary>
    public static async Task<IAsyncDisposable> LockForSetupAsync(AtlasDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return NoLock.Instance;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({SetupLockKey});", cancellationToken);
        return new SetupLock(db);
    }

    /// <summary>Any fixed number; it names the lock among the database's advisory locks.</summary>
    private const long SetupLockKey = 7_414_245_001;

    private sealed class SetupLock(AtlasDbContext db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({SetupLockKey});");
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
