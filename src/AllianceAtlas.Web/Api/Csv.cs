using System.Buffers;
using System.Text;

namespace AllianceAtlas.Web.Api;

/// <summary>
/// RFC 4180 CSV as spreadsheets read it: a UTF-8 byte-order mark first (without it Excel reads "Côte d'Ivoire" as
/// Windows-1252), every field quoted when it holds a comma, quote or line break, and a field that a spreadsheet would
/// run as a formula made plain text.
/// </summary>
public static class Csv
{
    /// <summary>What a spreadsheet takes as the start of a formula (OWASP's list, "CSV injection").</summary>
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        text.Append('\uFEFF');
        Line(text, header);
        foreach (var row in rows)
        {
            Line(text, row);
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var field = fields[i] ?? "";
            // OWASP's advice: a leading apostrophe makes the cell text to a spreadsheet. It stays visible there, which is
            // the price of never running what a cell says.
            if (field.Length > 0 && FormulaStarts.Contains(field[0]))
            {
                field = "'" + field;
            }

            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                text.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(field);
            }
        }

        text.Append("\r\n");
    }
}
