using AllianceAtlas.Web.Rendering;

namespace AllianceAtlas.Tests.Rendering;

public sealed class MembershipChartTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void Members_are_counted_at_the_end_of_each_year()
    {
        var spans = new[]
        {
            new MembershipChart.Span(new DateOnly(1950, 1, 1), null),
            new MembershipChart.Span(new DateOnly(1950, 6, 1), new DateOnly(1952, 3, 1)),
            new MembershipChart.Span(new DateOnly(1951, 12, 31), null),
        };

        var counts = MembershipChart.MembersPerYear(spans, new DateOnly(1950, 1, 1), null, new DateOnly(1953, 2, 1));

        Assert.Equal([(1950, 2), (1951, 3), (1952, 2), (1953, 2)], counts);
    }

    [Fact]
    public void A_dissolved_alliance_counts_its_members_on_its_last_day()
    {
        var spans = new[]
        {
            new MembershipChart.Span(new DateOnly(1955, 5, 14), new DateOnly(1991, 7, 1)),
            new MembershipChart.Span(new DateOnly(1955, 5, 14), new DateOnly(1968, 9, 13)),
            new MembershipChart.Span(new DateOnly(1955, 5, 14), null),
        };

        var counts = MembershipChart.MembersPerYear(spans, new DateOnly(1955, 5, 14), new DateOnly(1991, 7, 1), Today);

        Assert.Equal((1955, 3), counts[0]);
        Assert.Equal((1968, 2), counts[13]);
        Assert.Equal((1991, 2), counts[^1]);
    }

    [Fact]
    public void The_chart_is_an_accessible_svg_with_one_bar_per_year()
    {
        var svg = MembershipChart.Render("test", "Test Pact", [(2000, 3), (2001, 5), (2002, 4)]).Value!;

        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-test-title\">Members of Test Pact per year</title>", svg, StringComparison.Ordinal);
        Assert.Contains("a peak of 5 in 2001", svg, StringComparison.Ordinal);
        Assert.Equal(3, svg.Split("<rect", StringSplitOptions.None).Length - 1);
    }
}
