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

    // [0-9], not \d: \d also matches Arabic-Indic and other digits, which int.Parse then refuses.
    [GeneratedRegex(@"^(?<y>[0-9]{4})(-(?<m>[0-9]{2})(-(?<d>[0-9]{2}))?)?$")]
    private static partial Regex IsoPattern();

    public static bool TryParse(string? text, out HistoricalDate date) => TryParse(text, out date, out _);

    /// <summary>
    /// Reads YYYY, YYYY-MM or YYYY-MM-DD written with the digits 0 to 9; when it cannot, <paramref name="problem"/> says
    /// why in a sentence that starts with the text as written, such as "“1962-13” is not a date: there is no month 13."
    /// </summary>
    public static bool TryParse(string? text, out HistoricalDate date, out string problem)
    {
        date = default;
        var trimmed = text?.Trim() ?? "";
        var match = IsoPattern().Match(trimmed);
        if (!match.Success)
        {
            problem = trimmed.Any(c => char.IsDigit(c) && !char.IsAsciiDigit(c))
                ? $"“{text}” is not a date: write it with the digits 0 to 9, as YYYY, YYYY-MM or YYYY-MM-DD."
                : $"“{text}” is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, such as 1962-10-22.";
            return false;
        }

        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture) : 1;
        var day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture) : 1;
        if (year < 1)
        {
            problem = $"“{text}” is not a date: there is no year 0; years start at 0001.";
            return false;
        }

        if (month is < 1 or > 12)
        {
            problem = $"“{text}” is not a date: there is no month {month}; months run from 01 to 12.";
            return false;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            problem = $"“{text}” is not a date: {new DateOnly(year, month, 1).ToString("MMMM yyyy", English)} has days 01 to {DateTime.DaysInMonth(year, month)}.";
            return false;
        }

        var precision = match.Groups["d"].Success ? DatePrecision.Day
            : match.Groups["m"].Success ? DatePrecision.Month
            : DatePrecision.Year;
        date = new HistoricalDate(new DateOnly(year, month, day), precision);
        problem = "";
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
