namespace AllianceAtlas.Web.Data;

/// <summary>An address an entry used to have; readers following it are sent on, permanently.</summary>
public class SlugRedirect
{
    public int Id { get; set; }
    public required string EntryType { get; set; }
    public required string OldSlug { get; set; }
    public int EntryId { get; set; }
}
