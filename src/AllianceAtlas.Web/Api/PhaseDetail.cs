namespace AllianceAtlas.Web.Api;

/// <summary>One set of an alliance's terms; <c>To</c> is null when the phase runs until the next or the alliance's end.</summary>
public sealed record PhaseDetail(string Name, string From, string? To);
