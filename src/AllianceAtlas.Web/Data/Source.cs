namespace AllianceAtlas.Web.Data;

public class Source
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Publisher { get; set; }
    public string? Url { get; set; }
    public string? Published { get; set; }
    public int Version { get; set; }
}
