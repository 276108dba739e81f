namespace AllianceAtlas.Web.Data;

public class TimelineEvent : IContentEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public DateOnly Date { get; set; }
    public DatePrecision DatePrecision { get; set; }
    public EventKind Kind { get; set; }
    public bool IsTurningPoint { get; set; }
    public required string Summary { get; set; }
    public string Body { get; set; } = "";
    public bool IsPublished { get; set; } = true;
    public int Version { get; set; }
    public string? ContentHash { get; set; }
    public DateTimeOffset? EditedAt { get; set; }

    public List<Alliance> Alliances { get; set; } = [];
    public List<Country> Countries { get; set; } = [];
    public List<Topic> Topics { get; set; } = [];
    public List<Source> Sources { get; set; } = [];
}
