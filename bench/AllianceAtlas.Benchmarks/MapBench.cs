using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Maps;
using BenchmarkDotNet.Attributes;

namespace AllianceAtlas.Benchmarks;

/// <summary>
/// Every alliance and country page draws the whole world as inline SVG, about 100 KB of path data; this is the
/// cost of building that string once the members are known.
/// </summary>
[MemoryDiagnoser]
public class MapBench
{
    // The Washington summit: all 32 members, so every NATO path carries a class and a longer title.
    private static readonly DateOnly On = new(2024, 7, 9);

    private CountryDirectory? _countries;
    private WorldOutlines? _outlines;
    private List<string> _members = [];

    [GlobalSetup]
    public async Task Setup()
    {
        var content = RepoContent.Read();

        // The directory can only be loaded from the database, as the pages load it; the file is not needed after.
        await using (var database = await TempDatabase.CreateAsync())
        {
            await database.AddCountriesAsync(content.Countries);
            await using var db = database.Open();
            _countries = await CountryDirectory.LoadAsync(db, CancellationToken.None);
        }

        _outlines = RepoContent.Outlines();

        // The same rule the alliance page uses to pick whom to shade.
        _members = content.Alliance("nato").Members
            .Select(m => new Membership { CountryCode = m.Country.Value, Joined = m.Joined.Date, Left = m.Left?.Date, Role = m.Role })
            .Where(m => m.WasFullMemberOn(On))
            .Select(m => m.CountryCode)
            .ToList();
    }

    [Benchmark]
    public MapView Nato()
    {
        var drawing = new MapDrawing(_countries!);
        var layer = drawing.AddLayer("NATO");
        foreach (var code in _members)
        {
            drawing.Shade(layer, code);
        }

        return drawing.Render(_outlines, "map-nato", "Members of NATO on 9 July 2024");
    }
}
