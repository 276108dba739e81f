namespace AllianceAtlas.Web.Api;

/// <summary>One promise: its kind, words, article, phase (null: every phase) and the members making it (empty: all).</summary>
public sealed record ObligationDetail(
    string Type, string Summary, string Article, string? Phase, IReadOnlyList<string> Members, ConditionDetail Conditions);
