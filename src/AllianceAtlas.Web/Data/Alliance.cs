namespace AllianceAtlas.Web.Data;

public class Alliance : IContentEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? ShortName { get; set; }
    public AllianceKind Kind { get; set; }
    public DateOnly Founded { get; set; }
    public DatePrecision FoundedPrecision { get; set; }
    public DateOnly? Dissolved { get; set; }
    public DatePrecision DissolvedPrecision { get; set; }
    public string? Treaty { get; set; }
    public string? Headquarters { get; set; }
    public List<string> Regions { get; set; } = [];
    public required string Summary { get; set; }
    public string Body { get; set; } = "";
    public bool IsPublished { get; set; } = true;
    public int Version { get; set; }
    public string? ContentHash { get; set; }
    public DateTimeOffset? EditedAt { get; set; }

    public List<Membership> Memberships { get; set; } = [];
    public List<Source> Sources { get; set; } = [];
    public List<TimelineEvent> Events { get; set; } = [];
    public List<Topic> Topics { get; set; } = [];
    public List<Obligation> Obligations { get; set; } = [];
    public List<AlliancePhase> Phases { get; set; } = [];

    public string DisplayName => ShortName ?? Name;
    public bool IsActive => Dissolved is null;
}
