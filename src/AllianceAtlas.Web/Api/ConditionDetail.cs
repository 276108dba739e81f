namespace AllianceAtlas.Web.Api;

/// <summary>When a promise applies; every field empty (and unprovoked false) means always.</summary>
public sealed record ConditionDetail(string? Adversary, string? Territory, bool Unprovoked, string? War, string? Other);
