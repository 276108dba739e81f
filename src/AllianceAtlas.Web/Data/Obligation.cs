namespace AllianceAtlas.Web.Data;

/// <summary>
/// One promise an alliance's members made, coded as the Alliance Treaty Obligations and Provisions (ATOP) project
/// does: its kind, in plain words, the treaty article that makes it, and when it applies.
/// </summary>
public class Obligation
{
    public int Id { get; set; }
    public int AllianceId { get; set; }
    public Alliance Alliance { get; set; } = null!;

    /// <summary>The order the content file gives the promises in.</summary>
    public int Position { get; set; }

    public ObligationType Type { get; set; }
    public required string Summary { get; set; }
    public required string Article { get; set; }

    /// <summary>The name of the <see cref="AlliancePhase"/> whose terms these are; null: every phase.</summary>
    public string? Phase { get; set; }

    /// <summary>The country codes of the members that make this promise; empty: every member.</summary>
    public List<string> Members { get; set; } = [];

    public string? Adversary { get; set; }
    public string? Territory { get; set; }
    public bool Unprovoked { get; set; }
    public string? War { get; set; }
    public string? OtherCondition { get; set; }

    public bool IsUnconditional =>
        Adversary is null && Territory is null && !Unprovoked && War is null && OtherCondition is null;
}
