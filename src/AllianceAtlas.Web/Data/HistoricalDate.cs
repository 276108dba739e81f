using System.Globalization;
using System.Text.RegularExpressions;

namespace AllianceAtlas.Web.Data;

/// <summary>
/// A date known to a day, a month or a year. It compares as its earliest day, which is how
/// "who was a member on date D" questions treat an imprecise accession.
/// </summary>
public readonly partial record struct HistoricalDate(DateOnly Date, DatePrecision Precision)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [GeneratedRegex(@"^(?<y>\d{4})(-(?<m>\d{2})(-(?<d>\d{2}))?)?$")]
    private static partial Regex IsoPattern();

    public static bool TryParse(string? text, out HistoricalDate date)
    {
        date = default;
        var match = IsoPattern().Match(text?.Trim() ?? "");
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 1;
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : 1;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var precision = match.Groups["d"].Success ? DatePrecision.Day
            : match.Groups["m"].Success ? DatePrecision.Month
            : DatePrecision.Year;
        date = new HistoricalDate(new DateOnly(year, month, day), precision);
        return true;
    }

    /// <summary>The last day this date could stand for: 1949 ends on 31 December 1949.</summary>
    public DateOnly LatestDay => Precision switch
    {
        DatePrecision.Year => new DateOnly(Date.Year, 12, 31),
        DatePrecision.Month => new DateOnly(Date.Year, Date.Month, DateTime.DaysInMonth(Date.Year, Date.Month)),
        _ => Date,
    };

    public static string Format(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("MMMM yyyy", English),
        _ => date.ToString("d MMMM yyyy", English),
    };

    /// <summary>The machine-readable form for a &lt;time datetime&gt; attribute and for content files.</summary>
    public static string Iso(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public override string ToString() => Format(Date, Precision);
}
