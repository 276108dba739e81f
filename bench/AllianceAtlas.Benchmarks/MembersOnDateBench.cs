using AllianceAtlas.Web.Data;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Benchmarks;

/// <summary>
/// "Who was allied with whom on date D" backs the map page and the /api/allied endpoint. The query filters on
/// two date ranges across a join, so its cost grows with the whole table, not with the answer; the sizes show
/// how far it is from the day the atlas holds many more alliances than today's few dozen.
/// </summary>
[MemoryDiagnoser]
public class MembersOnDateBench
{
    // Mid-Cold War: most synthetic alliances have been founded by then and a good share have ended, so the
    // date filters discard rows on both sides rather than passing or failing everything.
    private static readonly DateOnly On = new(1985, 6, 1);
    private static readonly DateOnly Earliest = new(1815, 1, 1);
    private static readonly DateOnly Latest = new(2025, 1, 1);

    private TempDatabase? _database;

    [Params(50, 5_000)]
    public int Alliances { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        var content = RepoContent.Read();
        _database = await TempDatabase.CreateAsync();
        await _database.AddCountriesAsync(content.Countries);
        var codes = content.Countries.Select(c => c.Code).ToArray();

        // A fixed seed so each size always holds the same rows; shapes loosely follow the real content.
        var random = new Random(Alliances);
        const int batch = 500;
        for (var start = 0; start < Alliances; start += batch)
        {
            // A fresh context per batch: one change tracker holding 100,000 rows makes seeding, not the
            // benchmark, the slow part.
            await using var db = _database.Open();
            for (var i = start; i < Math.Min(start + batch, Alliances); i++)
            {
                db.Alliances.Add(Synthetic(i, codes, random));
            }

            await db.SaveChangesAsync();
        }

        // Printed into the run's log, so the table can be read against the data it was measured on.
        await using var check = _database.Open();
        var memberships = await check.Memberships.IgnoreQueryFilters().CountAsync();
        Console.WriteLine($"// Seeded {Alliances} alliances with {memberships} memberships; {await Query()} rows on {On:yyyy-MM-dd}.");
    }

    /// <summary>
    /// The /api/allied projection. A fresh context per call, as each request gets one; the model and the compiled
    /// query are cached for the process, so what is left is the query itself and its materialisation.
    /// </summary>
    [Benchmark]
    public async Task<int> Query()
    {
        await using var db = _database!.Open();
        var rows = await MembersOnDate.Of(db.Memberships.AsNoTracking(), On)
            .Select(m => new { m.Alliance.Slug, m.Alliance.Name, m.CountryCode })
            .ToListAsync();
        return rows.Count;
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private static Alliance Synthetic(int index, string[] codes, Random random)
    {
        var founded = Earliest.AddDays(random.Next(Latest.DayNumber - Earliest.DayNumber));
        DateOnly? dissolved = random.Next(3) == 0
            ? founded.AddDays(random.Next(1, Latest.DayNumber - founded.DayNumber + 1))
            : null;
        var end = dissolved ?? Latest;
        var alliance = new Alliance
        {
            Slug = $"synthetic-{index}",
            Name = $"Synthetic Alliance {index}",
            Kind = (AllianceKind)random.Next(Enum.GetValues<AllianceKind>().Length),
            Founded = founded,
            Dissolved = dissolved,
            Summary = "A made-up alliance for benchmarking.",

            // A few drafts, so the published-only query filter has rows to drop.
            IsPublished = random.Next(20) != 0,
        };

        foreach (var code in codes.OrderBy(_ => random.Next()).Take(random.Next(3, 41)))
        {
            var joined = founded.AddDays(random.Next(end.DayNumber - founded.DayNumber + 1));
            DateOnly? left = random.Next(6) == 0 ? joined.AddDays(random.Next(1, end.DayNumber - joined.DayNumber + 2)) : dissolved;
            alliance.Memberships.Add(new Membership
            {
                CountryCode = code,
                Joined = joined,
                Left = left,

                // Mostly full members, with some observers and partners that the query must leave out.
                Role = random.Next(10) switch
                {
                    0 => MembershipRole.Observer,
                    1 => MembershipRole.Partner,
                    2 or 3 => MembershipRole.FoundingMember,
                    _ => MembershipRole.Member,
                },
            });
        }

        return alliance;
    }
}
