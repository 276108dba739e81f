using System.ComponentModel.DataAnnotations;
using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Admin.Alliances;

/// <summary>
/// Everything an editor can say about an alliance, exactly as typed. The same shape is a revision's
/// snapshot, so restoring a revision is filling in the form again.
/// </summary>
public sealed class AllianceForm : IEntryForm
{
    [Required(ErrorMessage = "Give the alliance an address, such as warsaw-pact.")]
    [StringLength(100)]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Enter the alliance's full name.")]
    [StringLength(200)]
    public string Name { get; set; } = "";

    [StringLength(60)]
    public string? ShortName { get; set; }

    public AllianceKind Kind { get; set; }

    [Required(ErrorMessage = "Enter the founding date.")]
    [StringLength(10)]
    public string Founded { get; set; } = "";

    [StringLength(10)]
    public string? Dissolved { get; set; }

    [StringLength(300)]
    public string? Treaty { get; set; }

    [StringLength(200)]
    public string? Headquarters { get; set; }

    public List<string> Regions { get; set; } = [];

    [Required(ErrorMessage = "Write a one- or two-sentence summary.")]
    [StringLength(1000)]
    [DataType(DataType.MultilineText)]
    public string Summary { get; set; } = "";

    [StringLength(100_000)]
    [DataType(DataType.MultilineText)]
    public string? Body { get; set; }

    public List<MemberRow> Members { get; set; } = [];

    public List<SourceRow> Sources { get; set; } = [];

    public bool IsPublished { get; set; } = true;

    public int Version { get; set; }

    public static AllianceForm From(Alliance alliance) => new()
    {
        Slug = alliance.Slug,
        Name = alliance.Name,
        ShortName = alliance.ShortName,
        Kind = alliance.Kind,
        Founded = HistoricalDate.Iso(alliance.Founded, alliance.FoundedPrecision),
        Dissolved = alliance.Dissolved is { } dissolved ? HistoricalDate.Iso(dissolved, alliance.DissolvedPrecision) : null,
        Treaty = alliance.Treaty,
        Headquarters = alliance.Headquarters,
        Regions = [.. alliance.Regions],
        Summary = alliance.Summary,
        Body = alliance.Body,
        Members = alliance.Memberships.OrderBy(m => m.Joined).ThenBy(m => m.CountryCode, StringComparer.Ordinal).Select(m => new MemberRow
        {
            Country = m.CountryCode,
            Joined = HistoricalDate.Iso(m.Joined, m.JoinedPrecision),
            Left = m.Left is { } left ? HistoricalDate.Iso(left, m.LeftPrecision) : null,
            Role = m.Role,
            End = m.End,
            Note = m.Note,
        }).ToList(),
        Sources = FormRules.RowsOf(alliance.Sources),
        IsPublished = alliance.IsPublished,
        Version = alliance.Version,
    };

    /// <summary>The alliance as this form (or an old revision) described it, for readers opening a revision.</summary>
    public Alliance ToAlliance(IReadOnlyDictionary<string, Country> countries)
    {
        var founded = HistoricalDate.TryParse(Founded, out var start) ? start : default;
        HistoricalDate? dissolved = HistoricalDate.TryParse(Dissolved, out var end) ? end : null;
        return new Alliance
        {
            Slug = Slug,
            Name = Name,
            ShortName = ShortName,
            Kind = Kind,
            Founded = founded.Date,
            FoundedPrecision = founded.Precision,
            Dissolved = dissolved?.Date,
            DissolvedPrecision = dissolved?.Precision ?? DatePrecision.Day,
            Treaty = Treaty,
            Headquarters = Headquarters,
            Regions = [.. Regions],
            Summary = Summary,
            Body = Body ?? "",
            IsPublished = IsPublished,
            Memberships = Members
                .Select(row => (Row: row, Parsed: HistoricalDate.TryParse(row.Joined, out var joined), Joined: joined))
                .Where(item => item.Parsed && item.Row.Country is not null && countries.ContainsKey(item.Row.Country))
                .Select(item =>
                {
                    var (row, _, joined) = item;
                    HistoricalDate? left = HistoricalDate.TryParse(row.Left, out var leftDate) ? leftDate : null;
                    return new Membership
                    {
                        CountryCode = row.Country!,
                        Country = countries[row.Country!],
                        Joined = joined.Date,
                        JoinedPrecision = joined.Precision,
                        Left = left?.Date,
                        LeftPrecision = left?.Precision ?? DatePrecision.Day,
                        Role = row.Role,
                        End = left is null ? null : row.End ?? MembershipEnd.Withdrawal,
                        Note = row.Note,
                    };
                }).ToList(),
            Sources = Sources.Where(s => !string.IsNullOrWhiteSpace(s.Title))
                .Select(s => new Source { Title = s.Title!, Publisher = s.Publisher, Url = s.Url, Published = s.Date }).ToList(),
        };
    }

    /// <summary>Blank rows to type into, since the form works without JavaScript.</summary>
    public void AddBlankRows(int members, int sources)
    {
        Members.RemoveAll(row => row.IsBlank);
        Sources.RemoveAll(row => row.IsBlank);
        Members.AddRange(Enumerable.Range(0, members).Select(_ => new MemberRow()));
        Sources.AddRange(Enumerable.Range(0, sources).Select(_ => new SourceRow()));
    }
}
