using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceAtlas.Tests.Content;

/// <summary>A state's name for a time (West Germany for DE), given in the countries file and kept with the country.</summary>
public sealed class CountryNamesTests : IDisposable
{
    private readonly ContentFolder _content = new();
    private readonly ContentFolderApp _app;

    public CountryNamesTests()
    {
        _app = new ContentFolderApp(_content);
    }

    public void Dispose()
    {
        _app.Dispose();
        _content.Dispose();
    }

    private async Task<ImportReport> ImportAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(false, CancellationToken.None);
    }

    private void NameGermany(string names) =>
        _content.Replace("countries/states.yaml", "  name: Germany\n", "  name: Germany\n  names:\n" + names);

    [Fact]
    public async Task A_name_for_a_time_is_stored_with_the_country_and_names_it_on_days_within()
    {
        NameGermany("    - { name: West Germany, from: 1949-05-23, to: 1990-10-03 }\n");

        var report = await ImportAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        await using var db = _app.CreateDbContext();
        var germany = await db.Countries.Include(c => c.Names).SingleAsync(c => c.Code == "DE");
        var name = Assert.Single(germany.Names);
        Assert.Equal(("West Germany", new DateOnly(1949, 5, 23), new DateOnly(1990, 10, 3)), (name.Name, name.From, name.To));
        Assert.Equal("Germany", germany.NameOn(new DateOnly(1949, 5, 22)));
        Assert.Equal("West Germany", germany.NameOn(new DateOnly(1962, 10, 22)));
        Assert.Equal("West Germany", germany.NameOn(new DateOnly(1990, 10, 2)));
        Assert.Equal("Germany", germany.NameOn(new DateOnly(1990, 10, 3)));
    }

    [Theory]
    [InlineData("    - { name: West Germany, from: 1990-10-03, to: 1949-05-23 }\n",
        "content/countries/states.yaml:6: [1].names[0].to: 23 May 1949 is not after the name's first day, 3 October 1990")]
    [InlineData("    - { name: West Germany, from: 1949-05-23 }\n",
        "content/countries/states.yaml:6: [1].names[0].to: ")]
    [InlineData("    - { name: West Germany, from: 1949-05-23, to: 1990-10-03 }\n    - { name: Bonn Republic, from: 1960, to: 1970 }\n",
        "content/countries/states.yaml:7: [1].names[1].from: the name 'Bonn Republic' overlaps 'West Germany'")]
    [InlineData("    - { name: West Germany, from: 1949-05-23, to: 1990-10-03, capital: Bonn }\n",
        "content/countries/states.yaml:6: [1].names[0].capital: ")]
    public async Task A_broken_name_is_reported_by_file_line_and_field_and_nothing_is_imported(string names, string expected)
    {
        NameGermany(names);

        var report = await ImportAsync();

        Assert.False(report.Succeeded);
        Assert.Contains(expected, string.Join("\n", report.Errors), StringComparison.Ordinal);
        await using var db = _app.CreateDbContext();
        Assert.Empty(await db.CountryNames.ToListAsync());
    }
}
