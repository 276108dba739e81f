using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Rendering;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Html;

namespace AllianceAtlas.Benchmarks;

/// <summary>
/// The alliance page counts members per year and draws the chart on every uncached request; counting scans
/// every membership once per year, so both the member count and the alliance's age drive the cost.
/// </summary>
[MemoryDiagnoser]
public class ChartBench
{
    // A fixed "today" keeps the number of bars, and so the work, the same on every run and every machine.
    private static readonly DateOnly Today = new(2025, 6, 1);

    // Old enough to give about as many bars as members, the worst case the atlas holds (its oldest entries
    // date from the nineteenth century).
    private static readonly DateOnly SyntheticFounded = new(1815, 6, 9);

    private List<MembershipChart.Span> _nato = [];
    private DateOnly _natoFounded;
    private List<MembershipChart.Span> _synthetic = [];

    [GlobalSetup]
    public void Setup()
    {
        var nato = RepoContent.Read().Alliance("nato");
        _natoFounded = nato.Founded.Date;

        // The same filter the alliance page applies before charting: observers and partners are not counted.
        _nato = nato.Members
            .Where(m => m.Role is MembershipRole.Member or MembershipRole.FoundingMember)
            .Select(m => new MembershipChart.Span(m.Joined.Date, m.Left?.Date))
            .ToList();

        // A fixed seed so every run charts the same alliance; about a quarter of members leave, as in real data.
        var random = new Random(1815);
        var days = Today.DayNumber - SyntheticFounded.DayNumber;
        _synthetic = Enumerable.Range(0, 200).Select(_ =>
        {
            var joined = SyntheticFounded.AddDays(random.Next(days));
            DateOnly? left = random.Next(4) == 0 ? joined.AddDays(random.Next(1, Today.DayNumber - joined.DayNumber + 1)) : null;
            return new MembershipChart.Span(joined, left);
        }).ToList();
    }

    [Benchmark]
    public HtmlString Nato() =>
        MembershipChart.Render("nato", "NATO", MembershipChart.MembersPerYear(_nato, _natoFounded, null, Today));

    [Benchmark]
    public HtmlString Members200() =>
        MembershipChart.Render("synthetic", "Synthetic alliance",
            MembershipChart.MembersPerYear(_synthetic, SyntheticFounded, null, Today));
}
