namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>The site as a reader meets it on a first start: serving requests while the database is being seeded.</summary>
public sealed class UnwaitedApp(ContentFolder content) : AtlasApp
{
    protected override string? ContentPath => content.Root;

    protected override bool WaitsForDatabase => false;
}
