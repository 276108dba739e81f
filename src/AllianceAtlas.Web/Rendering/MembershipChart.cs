using System.Globalization;
using System.Text;
using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Html;

namespace AllianceAtlas.Web.Rendering;

/// <summary>Draws members-per-year as an SVG bar chart on the server, so it needs no script and prints.</summary>
public static class MembershipChart
{
    private const int Width = 720;
    private const int Height = 220;
    private const int Left = 44;
    private const int Right = 12;
    private const int Top = 12;
    private const int Bottom = 28;

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

    public static HtmlString Render(string slug, string allianceName, IReadOnlyList<(int Year, int Members)> counts)
    {
        if (counts.Count == 0)
        {
            return HtmlString.Empty;
        }

        var max = Math.Max(1, counts.Max(c => c.Members));
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var barWidth = (double)plotWidth / counts.Count;
        var first = counts[0];
        var peak = counts.MaxBy(c => c.Members);
        var latest = counts[^1];
        var description = $"{first.Members} members in {first.Year}, a peak of {peak.Members} in {peak.Year}, and {latest.Members} in {latest.Year}.";

        var svg = new StringBuilder();
        var id = "chart-" + slug;
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">Members of {Encode(allianceName)} per year</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Encode(description)}</desc>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<line class=\"chart-axis\" x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - Right}\" y2=\"{Top + plotHeight}\"/>");
        foreach (var tick in new[] { 0, max / 2, max }.Distinct())
        {
            var y = Top + plotHeight - (double)tick / max * plotHeight;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"chart-label\" x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{tick}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<line class=\"chart-grid\" x1=\"{Left}\" y1=\"{y:0.#}\" x2=\"{Width - Right}\" y2=\"{y:0.#}\"/>");
        }

        for (var i = 0; i < counts.Count; i++)
        {
            var (year, members) = counts[i];
            var height = (double)members / max * plotHeight;
            var x = Left + i * barWidth;
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"chart-bar\" x=\"{x:0.##}\" y=\"{Top + plotHeight - height:0.##}\" width=\"{Math.Max(barWidth - 1, 0.5):0.##}\" height=\"{height:0.##}\"><title>{year}: {members}</title></rect>");
        }

        var labelEvery = counts.Count <= 12 ? 1 : counts.Count <= 40 ? 5 : counts.Count <= 90 ? 10 : 20;
        for (var i = 0; i < counts.Count; i++)
        {
            var year = counts[i].Year;
            if (i == 0 || year % labelEvery == 0)
            {
                var x = Left + i * barWidth + barWidth / 2;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"chart-label\" x=\"{x:0.#}\" y=\"{Height - 8}\" text-anchor=\"middle\">{year}</text>");
            }
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
