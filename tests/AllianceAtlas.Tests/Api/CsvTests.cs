using System.Text;
using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Api;

namespace AllianceAtlas.Tests.Api;

public sealed class CsvTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    /// <summary>A strict RFC 4180 reader, so the test checks the files parse the way spreadsheets read them.</summary>
    private static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else { field.Append(c); }
        }

        Assert.False(quoted, "the file ends inside a quoted field");
        Assert.Empty(row);
        return rows;
    }

    private async Task<List<List<string>>> DownloadAsync(string path)
    {
        using var client = app.CreateReader();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        return Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Memberships_round_trip_with_every_row_and_notes_intact()
    {
        var rows = await DownloadAsync("/api/memberships.csv");

        Assert.Equal(["alliance", "country", "country_name", "joined", "left", "role", "end", "note"], rows[0]);
        Assert.All(rows, row => Assert.Equal(8, row.Count));
        await using var db = app.CreateDbContext();
        Assert.Equal(db.Memberships.Count(), rows.Count - 1);
        var france = rows.Single(r => r[0] == "nato" && r[1] == "FR");
        Assert.Equal("1949-08-24", france[3]);
        Assert.Equal("founding-member", france[5]);
        Assert.Contains("integrated military command", france[7], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alliances_and_events_download_as_well_formed_tables()
    {
        var alliances = await DownloadAsync("/api/alliances.csv");
        var events = await DownloadAsync("/api/events.csv?alliance=nato");

        Assert.Contains(alliances.Skip(1), row => row[0] == "nato" && row[4] == "1949-04-04" && row[6] == "32");
        Assert.All(alliances, row => Assert.Equal(alliances[0].Count, row.Count));
        Assert.Contains(events.Skip(1), row => row[0] == "sweden-joins-nato" && row[3] == "true");
        Assert.All(events, row => Assert.Equal(events[0].Count, row.Count));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://evil.example\",\"x\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void A_cell_a_spreadsheet_would_read_as_a_formula_is_written_as_text(string cell)
    {
        var rows = Parse(Csv.Write(["note"], [[cell], ["plain text"]]).TrimStart('\uFEFF'));

        Assert.Equal("'" + cell, rows[1][0]);
        Assert.Equal("plain text", rows[2][0]);
    }

    [Fact]
    public async Task Downloads_start_with_a_byte_order_mark_so_spreadsheets_read_them_as_utf8()
    {
        using var client = app.CreateReader();
        foreach (var path in new[] { "/api/alliances.csv", "/api/memberships.csv", "/api/events.csv" })
        {
            var bytes = await client.GetByteArrayAsync(new Uri(path, UriKind.Relative));

            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
            Assert.StartsWith("\uFEFF", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
    }
}
