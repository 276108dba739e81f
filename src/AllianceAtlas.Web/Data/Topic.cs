namespace AllianceAtlas.Web.Data;

public class Topic : IContentEntry
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public string Body { get; set; } = "";
    public int Order { get; set; }
    public bool IsPublished { get; set; } = true;
    public int Version { get; set; }
    public string? ContentHash { get; set; }
    public DateTimeOffset? EditedAt { get; set; }

    public List<Alliance> Alliances { get; set; } = [];
    public List<TimelineEvent> Events { get; set; } = [];
    public List<Source> Sources { get; set; } = [];
}
