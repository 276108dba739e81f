using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Content;

/// <summary>
/// One promise of an alliance: its kind, in plain words, where the treaty makes it, the terms (phase) it belongs to,
/// the members that make it (none listed: all) and the conditions under which it applies.
/// </summary>
public sealed record ObligationRecord(
    int Line,
    ObligationType Type,
    string Summary,
    string Article,
    ContentRef? Phase,
    IReadOnlyList<ContentRef> Members,
    ObligationConditions Conditions);
