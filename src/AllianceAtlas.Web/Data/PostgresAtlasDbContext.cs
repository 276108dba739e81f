using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Data;

/// <summary>
/// The same model on PostgreSQL. A type of its own only so that EF Core keeps the PostgreSQL migrations apart from
/// the SQLite ones; every page asks for <see cref="AtlasDbContext"/> and gets this one when the provider is Postgres.
/// </summary>
public sealed class PostgresAtlasDbContext(DbContextOptions<PostgresAtlasDbContext> options) : AtlasDbContext(options);
