using System.Globalization;
using System.Text;
using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Data.CompiledModel;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace AllianceAtlas.Tests.Data;

public sealed class CompiledModelTests
{
    private const string Regenerate =
        "The compiled model is out of date: regenerate it as README.md says under \"Changing the model\".";

    [Fact]
    public void The_site_loads_the_compiled_model_on_sqlite_and_builds_its_own_on_postgres()
    {
        using var app = new AtlasApp();
        using var db = app.CreateDbContext();

        if (db.Database.IsSqlite())
        {
            Assert.Same(AtlasDbContextModel.Instance, db.Model);
        }
        else
        {
            Assert.NotSame(AtlasDbContextModel.Instance, db.Model);
            Assert.NotEmpty(db.Model.FindEntityType(typeof(Alliance))!.GetDeclaredQueryFilters());
        }
    }

    [Fact]
    public void The_compiled_model_matches_the_model_built_from_the_context()
    {
        using var compiled = new AtlasDbContext(new DbContextOptionsBuilder<AtlasDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var built = new ContextWithoutCompiledModel();

        var expected = Describe(built.Model);
        var actual = Describe(compiled.Model);
        Assert.True(expected == actual, $"{Regenerate}\nBuilt from the context:\n{expected}\nCompiled:\n{actual}");
    }

    [Fact]
    public async Task Readers_queries_through_the_compiled_model_leave_out_a_draft_alliance_and_its_members()
    {
        using var database = new TemporarySqliteDatabase();
        await using (var db = database.CreateDbContext())
        {
            await DatabaseSetup.MigrateAsync(db, CancellationToken.None);
            var country = new Country { Code = "ZZ", Name = "Testland" };
            db.Alliances.AddRange(
                new Alliance { Slug = "published-pact", Name = "Published Pact", Summary = "In force.", Memberships = [new() { CountryCode = "ZZ", Country = country }] },
                new Alliance { Slug = "draft-pact", Name = "Draft Pact", Summary = "Not yet.", IsPublished = false, Memberships = [new() { CountryCode = "ZZ", Country = country }] });
            await db.SaveChangesAsync();
        }

        await using var reader = database.CreateDbContext();

        Assert.Same(AtlasDbContextModel.Instance, reader.Model);
        Assert.Equal(["published-pact"], await reader.Alliances.Select(a => a.Slug).ToListAsync());
        var published = await reader.Alliances.SingleAsync();
        // By the membership's own column: a join to the alliance would apply the alliance's filter instead.
        Assert.Equal([published.Id], await reader.Memberships.Select(m => m.AllianceId).ToListAsync());
        Assert.Equal(2, await reader.Alliances.IgnoreQueryFilters().CountAsync());
    }

    /// <summary>The model as the site relies on it: entities, their properties and filters, and the tables they map to.</summary>
    private static string Describe(IModel model)
    {
        var text = new StringBuilder();
        foreach (var type in model.GetEntityTypes().OrderBy(type => type.Name, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{type.Name}\n");
            foreach (var property in type.GetProperties())
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"  {property.Name}: {property.ClrType.Name}{(property.IsNullable ? "?" : "")} {property.GetMaxLength()} {property.IsConcurrencyToken} {property.ValueGenerated} {property.GetTypeMapping().Converter?.ProviderClrType.Name}\n");
            }

            foreach (var navigation in type.GetNavigations().Cast<INavigationBase>().Concat(type.GetSkipNavigations()))
            {
                text.Append(CultureInfo.InvariantCulture, $"  -> {navigation.Name}: {navigation.TargetEntityType.Name}\n");
            }

            foreach (var filter in type.GetDeclaredQueryFilters())
            {
                text.Append(CultureInfo.InvariantCulture, $"  where {filter.Expression}\n");
            }
        }

        foreach (var table in model.GetRelationalModel().Tables.OrderBy(table => table.Name, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"table {table.Name} key {Columns(table.PrimaryKey?.Columns)}\n");
            foreach (var column in table.Columns.OrderBy(column => column.Name, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"  {column.Name} {column.StoreType} {(column.IsNullable ? "null" : "not null")}\n");
            }

            foreach (var index in table.Indexes.OrderBy(index => index.Name, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"  index {index.Name} {Columns(index.Columns)} {(index.IsUnique ? "unique" : "")}\n");
            }

            foreach (var foreignKey in table.ForeignKeyConstraints.OrderBy(key => key.Name, StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"  {foreignKey.Name} {Columns(foreignKey.Columns)} -> {foreignKey.PrincipalTable.Name} {foreignKey.OnDeleteAction}\n");
            }
        }

        return text.ToString();
    }

    private static string Columns(IEnumerable<IColumn>? columns) => string.Join(",", columns?.Select(column => column.Name) ?? []);

    /// <summary>A type of its own, for which no compiled model exists, so EF Core builds the model from the context.</summary>
    private sealed class ContextWithoutCompiledModel()
        : AtlasDbContext(new DbContextOptionsBuilder<ContextWithoutCompiledModel>().UseSqlite("Data Source=:memory:").Options);
}
