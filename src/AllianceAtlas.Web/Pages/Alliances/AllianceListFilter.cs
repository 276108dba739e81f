using Microsoft.AspNetCore.Mvc;

namespace AllianceAtlas.Web.Pages.Alliances;

public sealed class AllianceListFilter
{
    public string? Kind { get; set; }
    public string? Status { get; set; }
    public string? Region { get; set; }
    public string? Era { get; set; }

    /// <summary>A kind of promise (defence, offence, neutrality, non-aggression, consultation) some member made.</summary>
    public string? Obligation { get; set; }
    public string? Sort { get; set; }

    // From the query string only: Razor Pages keeps its own "page" route value, which would win otherwise.
    [FromQuery(Name = "page")]
    public int? Page { get; set; }

    [FromQuery(Name = "pageSize")]
    public int? PageSize { get; set; }

    public bool IsEmpty => Kind is null && Status is null && Region is null && Era is null && Obligation is null;
}
