namespace AllianceAtlas.Web.Maps;

/// <summary>One line of a map's key: the fill it uses (a colour and a pattern) and what that fill means.</summary>
public sealed record MapLegendEntry(string StyleClass, string Label, int Members);
