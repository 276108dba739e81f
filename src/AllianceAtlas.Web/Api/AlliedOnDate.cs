namespace AllianceAtlas.Web.Api;

/// <summary>An alliance in force on the asked date and its full members on that day.</summary>
public sealed record AlliedOnDate(string Alliance, string Name, IReadOnlyList<string> Members);
