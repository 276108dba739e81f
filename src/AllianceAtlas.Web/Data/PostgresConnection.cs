namespace AllianceAtlas.Web.Data;

/// <summary>The PostgreSQL connection string, for the one listener that needs a connection of its own.</summary>
public sealed record PostgresConnection(string ConnectionString);
