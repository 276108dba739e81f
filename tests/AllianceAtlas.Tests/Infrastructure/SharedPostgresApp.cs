namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>One of several instances of the site serving the same PostgreSQL database, as behind a load balancer.</summary>
public sealed class SharedPostgresApp(string database) : AtlasApp(database, ownsDatabase: false);
