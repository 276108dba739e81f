namespace AllianceAtlas.Web.Pages.Alliances;

public sealed class AllianceListFilter
{
    public string? Kind { get; set; }
    public string? Status { get; set; }
    public string? Region { get; set; }
    public string? Era { get; set; }
    public string? Sort { get; set; }

    public bool IsEmpty => Kind is null && Status is null && Region is null && Era is null;
}
