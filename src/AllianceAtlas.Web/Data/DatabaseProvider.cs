namespace AllianceAtlas.Web.Data;

/// <summary>The databases the atlas runs on: SQLite on one machine, PostgreSQL when one machine is outgrown.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
