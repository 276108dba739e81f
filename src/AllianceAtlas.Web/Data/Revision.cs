namespace AllianceAtlas.Web.Data;

/// <summary>
/// One saved state of an entry: who saved it, when, why, and everything it said. Revisions are never
/// changed or deleted, so a teacher's link to a revision keeps showing what they read.
/// </summary>
public class Revision
{
    public int Id { get; set; }
    public required string EntryType { get; set; }
    public required string EntryKey { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public int Number { get; set; }
    public DateTime SavedAtUtc { get; set; }
    public required string Editor { get; set; }
    public required string Summary { get; set; }
    public bool IsPublished { get; set; }
    public required string Snapshot { get; set; }
}
