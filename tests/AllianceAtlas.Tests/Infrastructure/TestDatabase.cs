namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>
/// Which database the integration suite runs on: SQLite unless <c>ATLAS_TEST_PROVIDER=Postgres</c>, which
/// script/test sets for its second pass over the same tests.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("ATLAS_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);
}
