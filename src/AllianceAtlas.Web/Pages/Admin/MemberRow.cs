using System.ComponentModel.DataAnnotations;
using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Admin;

/// <summary>One membership row in the alliance form; a row left without a country is dropped.</summary>
public sealed class MemberRow
{
    [StringLength(4)]
    public string? Country { get; set; }

    [StringLength(10)]
    public string? Joined { get; set; }

    [StringLength(10)]
    public string? Left { get; set; }

    public MembershipRole Role { get; set; } = MembershipRole.Member;

    public MembershipEnd? End { get; set; }

    [StringLength(1000)]
    public string? Note { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsBlank => string.IsNullOrWhiteSpace(Country) && string.IsNullOrWhiteSpace(Joined) && string.IsNullOrWhiteSpace(Left);
}
