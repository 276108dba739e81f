namespace AllianceAtlas.Web.Data;

public static class DatabaseProviders
{
    /// <summary>Reads <c>Database:Provider</c>; absent means SQLite, anything unknown stops the start with a clear message.</summary>
    public static DatabaseProvider Parse(string? configured) => configured?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" or "npgsql" => DatabaseProvider.Postgres,
        _ => throw new InvalidOperationException(
            $"Database:Provider is '{configured}'; use 'Sqlite' (the default) or 'Postgres'."),
    };
}
