namespace AllianceAtlas.Web.Content;

/// <summary>When a promise applies; all empty means always.</summary>
public sealed record ObligationConditions(string? Adversary, string? Territory, bool Unprovoked, string? War, string? Other)
{
    public static readonly ObligationConditions None = new(null, null, false, null, null);
}
