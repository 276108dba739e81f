using System.Globalization;
using System.Text;
using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Html;

namespace AllianceAtlas.Web.Rendering;

/// <summary>Draws members-per-year as an SVG bar chart on the server, so it needs no script and prints.</summary>
public static class MembershipChart
{
    // CSS pixels: the plot is this tall, inside the padding site.css gives the chart for its labels.
    private const int Height = 220;
    private const int PlotHeight = 180;

    public sealed record Span(DateOnly Joined, DateOnly? Left);

    /// <summary>Members on 31 December of each year (on the last day, for the year an alliance ended).</summary>
    public static IReadOnlyList<(int Year, int Members)> MembersPerYear(
        IEnumerable<Span> memberships, DateOnly founded, DateOnly? dissolved, DateOnly today)
    {
        var spans = memberships.ToList();
        var last = dissolved ?? today;
        var counts = new List<(int, int)>();
        for (var year = founded.Year; year <= last.Year; year++)
        {
            var day = year == last.Year ? last : new DateOnly(year, 12, 31);
            var onDissolutionDay = dissolved is { } end && day == end;
            counts.Add((year, spans.Count(s => s.Joined <= day && (s.Left is null || s.Left > day || (onDissolutionDay && s.Left == day)))));
        }

        return counts;
    }

    /// <summary>
    /// The chart is drawn in CSS pixels, not in a scaled viewBox, so its labels stay the stylesheet's size (12px) on a
    /// phone as on a desktop: the outer SVG's padding (site.css) holds the axis labels, and only the bars, in a nested
    /// SVG, stretch to the width. Labels along the bottom are thinned so they never touch: every
    /// <see cref="NarrowLabels"/>th on a narrow screen, more where there is room.
    /// </summary>
    public static HtmlString Render(string slug, string allianceName, IReadOnlyList<(int Year, int Members)> counts)
    {
        if (counts.Count == 0)
        {
            return HtmlString.Empty;
        }

        var max = Math.Max(1, counts.Max(c => c.Members));
        var first = counts[0];
        var peak = counts.MaxBy(c => c.Members);
        var latest = counts[^1];
        var description = $"{first.Members} members in {first.Year}, a peak of {peak.Members} in {peak.Year}, and {latest.Members} in {latest.Year}.";

        var svg = new StringBuilder();
        var id = "chart-" + slug;
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" width=\"100%\" height=\"{Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">Members of {Encode(allianceName)} per year</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Encode(description)}</desc>");
        foreach (var tick in new[] { 0, max / 2, max }.Distinct())
        {
            var y = PlotHeight - (double)tick / max * PlotHeight;
            svg.Append(CultureInfo.InvariantCulture,
                $"<line class=\"chart-grid\" x1=\"0\" y1=\"{y:0.#}\" x2=\"100%\" y2=\"{y:0.#}\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"chart-label\" x=\"-6\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{tick}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture,
            $"<svg width=\"100%\" height=\"100%\" viewBox=\"0 0 {counts.Count} {max}\" preserveAspectRatio=\"none\">");
        for (var i = 0; i < counts.Count; i++)
        {
            var (year, members) = counts[i];
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"chart-bar\" x=\"{i + 0.1:0.##}\" y=\"{max - members}\" width=\"0.8\" height=\"{members}\"><title>{year}: {members}</title></rect>");
        }

        svg.Append("</svg>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<line class=\"chart-axis\" x1=\"0\" y1=\"{PlotHeight}\" x2=\"100%\" y2=\"{PlotHeight}\"/>");
        var narrow = LabelledYears(counts, NarrowLabels);
        foreach (var i in LabelledYears(counts, WideLabels).Union(narrow).Order())
        {
            var x = (i + 0.5) / counts.Count * 100;
            var wideOnly = narrow.Contains(i) ? "" : " chart-label--wide";
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"chart-label{wideOnly}\" x=\"{x:0.##}%\" y=\"{PlotHeight + 20}\" text-anchor=\"middle\">{counts[i].Year}</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>
    /// Which years to label along the bottom when at most <paramref name="most"/> labels fit: the first year, then
    /// every round year of a step wide enough, leaving out a round year too close to the first.
    /// </summary>
    public static IReadOnlySet<int> LabelledYears(IReadOnlyList<(int Year, int Members)> counts, int most)
    {
        var step = Steps.First(s => (counts.Count + s - 1) / s <= most - 1 || s == Steps[^1]);
        var labelled = new SortedSet<int> { 0 };
        for (var i = 1; i < counts.Count; i++)
        {
            if (counts[i].Year % step == 0 && (step == 1 || i - labelled.Max >= step * 0.8))
            {
                labelled.Add(i);
            }
        }

        return labelled;
    }

    // The narrowest plot (a 320px phone) has room for about 6 year labels, the widest for about 12.
    public const int NarrowLabels = 6;
    public const int WideLabels = 12;
    private static readonly int[] Steps = [1, 2, 5, 10, 20, 25, 50, 100, 200];

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
