namespace AllianceAtlas.Web.Data;

public class Country : IContentEntry
{
    /// <summary>ISO 3166-1 alpha-2, ISO 3166-3 for states dissolved since 1974, X-codes for older ones.</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public DateOnly? From { get; set; }
    public DatePrecision FromPrecision { get; set; }
    public DateOnly? To { get; set; }
    public DatePrecision ToPrecision { get; set; }
    public List<string> Successors { get; set; } = [];
    public string? Note { get; set; }
    public int Version { get; set; }
    public string? ContentHash { get; set; }
    public DateTimeOffset? EditedAt { get; set; }

    public List<Membership> Memberships { get; set; } = [];

    /// <summary>Names the state bore for a time (West Germany for DE); <see cref="Name"/> is its name otherwise.</summary>
    public List<CountryName> Names { get; set; } = [];

    /// <summary>The state's name on a day, as a reader of that day would have known it. Needs <see cref="Names"/> loaded.</summary>
    public string NameOn(DateOnly day) => Names.FirstOrDefault(n => n.From <= day && day < n.To)?.Name ?? Name;

    public bool IsFormer => To is not null;
    public string Slug => Code.ToLowerInvariant();
}
