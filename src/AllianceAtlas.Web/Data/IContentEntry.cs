namespace AllianceAtlas.Web.Data;

/// <summary>
/// An entry that can come from a content file and be changed by an editor afterwards;
/// the importer uses these two fields to leave an editor's work alone.
/// </summary>
public interface IContentEntry
{
    string? ContentHash { get; set; }
    DateTimeOffset? EditedAt { get; set; }
}
