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

    [Theory]
    [InlineData(1949, 2026)]
    [InlineData(1945, 2026)]
    [InlineData(1955, 1991)]
    [InlineData(2021, 2026)]
    [InlineData(1815, 2026)]
    public void Year_labels_are_few_enough_to_fit_and_never_neighbours(int from, int to)
    {
        var counts = Enumerable.Range(from, to - from + 1).Select(year => (year, 1)).ToList();

        foreach (var most in new[] { MembershipChart.NarrowLabels, MembershipChart.WideLabels })
        {
            var labelled = MembershipChart.LabelledYears(counts, most).Order().ToList();

            Assert.InRange(labelled.Count, Math.Min(2, counts.Count), most);
            Assert.Equal(0, labelled[0]);
            var closest = labelled.Zip(labelled.Skip(1), (a, b) => b - a).DefaultIfEmpty(int.MaxValue).Min();
            var widest = (double)counts.Count / labelled.Count;
            Assert.True(counts.Count <= most || closest >= widest * 0.5, $"{from}-{to}: labels {closest} years apart with {labelled.Count} labels for {counts.Count} years");
        }
    }

    [Fact]
    public void The_chart_keeps_its_text_at_the_stylesheets_size_by_drawing_in_pixels()
    {
        var svg = MembershipChart.Render("nato", "NATO", [.. Enumerable.Range(1949, 78).Select(year => (year, 12))]).Value!;

        Assert.DoesNotMatch("<svg class=\"chart\"[^>]*viewBox", svg);
        Assert.Contains("preserveAspectRatio=\"none\"", svg, StringComparison.Ordinal);
        Assert.DoesNotContain(">1950</text>", svg, StringComparison.Ordinal);
        Assert.Contains(">1949</text>", svg, StringComparison.Ordinal);
    }
}
