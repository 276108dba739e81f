using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Performance;

/// <summary>
/// Adds synthetic alliances to the configured database (after seeding the real corpus), so a benchmark can show that
/// a page costs the same with 50 alliances as with 50,000. The corpus is made up and says so on every page it fills;
/// never run it against a database readers use.
/// </summary>
public static class GenerateCommand
{
    public const string SlugPrefix = "synthetic-";
    private const int Batch = 1_000;
    private const int Limit = 1_000_000;

    private static readonly AllianceKind[] Kinds = Enum.GetValues<AllianceKind>();
    private static readonly string[] Regions = [.. ContentReader.Regions.Order(StringComparer.Ordinal)];

    public static async Task<int> RunAsync(IServiceProvider services, int? count, TextWriter output)
    {
        if (count is not (>= 1 and <= Limit))
        {
            await output.WriteLineAsync($"Say how many synthetic alliances to add, from 1 to {Limit:N0}: generate --alliances 50000");
            return 2;
        }

        await StartupSeeding.PrepareDatabaseAsync(services, static () => { }, CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AtlasDbContext>();
        var states = await db.Countries.AsNoTracking().Where(c => c.To == null)
            .OrderBy(c => c.Code).Select(c => new { c.Code, c.From }).ToListAsync();
        var first = await db.Alliances.IgnoreQueryFilters().CountAsync(a => a.Slug.StartsWith(SlugPrefix)) + 1;
        // A fixed seed: the same command builds the same corpus, so two benchmark runs compare like with like.
        var random = new Random(first);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        for (var number = first; number < first + count.Value; number += Batch)
        {
            var last = Math.Min(number + Batch, first + count.Value);
            for (var n = number; n < last; n++)
            {
                var founded = new DateOnly(1815, 1, 1).AddDays(random.Next(0, today.DayNumber - new DateOnly(1815, 1, 1).DayNumber));
                DateOnly? dissolved = random.Next(10) < 4 ? founded.AddDays(random.Next(365, 365 * 60)) : null;
                if (dissolved > today)
                {
                    dissolved = null;
                }

                var end = dissolved ?? today;
                var alliance = new Alliance
                {
                    Slug = $"{SlugPrefix}{n:D6}",
                    Name = $"Synthetic Pact {n:D6}",
                    Kind = Kinds[random.Next(Kinds.Length)],
                    Founded = founded,
                    Dissolved = dissolved,
                    Regions = [Regions[random.Next(Regions.Length)]],
                    Summary = $"A made-up alliance number {n:N0}, generated to measure the site at scale.",
                    Body = SyntheticBody(n),
                };
                foreach (var state in states.OrderBy(_ => random.Next()).Take(random.Next(3, 26)))
                {
                    var from = state.From is { } exists && exists > founded ? exists : founded;
                    if (from >= end)
                    {
                        continue;
                    }

                    var joined = from.AddDays(random.Next(0, Math.Min(3650, end.DayNumber - from.DayNumber)));
                    DateOnly? left = random.Next(10) == 0 && joined < end.AddDays(-1) ? joined.AddDays(random.Next(1, end.DayNumber - joined.DayNumber)) : null;
                    alliance.Memberships.Add(new Membership
                    {
                        CountryCode = state.Code,
                        Joined = joined,
                        Left = left,
                        End = left is null ? null : MembershipEnd.Withdrawal,
                        Role = joined == founded ? MembershipRole.FoundingMember : MembershipRole.Member,
                    });
                }

                db.Alliances.Add(alliance);
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            await output.WriteLineAsync($"  {last - first:N0} of {count.Value:N0}");
        }

        await Pages.Search.SearchIndex.RebuildAsync(db, CancellationToken.None);
        var total = await db.Alliances.IgnoreQueryFilters().CountAsync();
        await output.WriteLineAsync(
            $"Added {count.Value:N0} synthetic alliances ({SlugPrefix}{first:D6} onwards); the database holds {total:N0} alliances.");
        return 0;
    }

    private static string SyntheticBody(int n) => $"""
        ## A made-up alliance

        Synthetic Pact {n:D6} does not exist. It was generated to measure how the atlas behaves with a very large
        corpus: how long its pages take, how many queries they send, and whether lists stay short enough to read.

        ## What a real entry holds

        A real entry tells how an alliance began, what its members promised one another, how it changed and how it
        ended, and it names the treaty texts and histories it relies on. This one only fills the space such an essay
        would take, so that search, the timeline and the maps carry a realistic load.
        """;
}
