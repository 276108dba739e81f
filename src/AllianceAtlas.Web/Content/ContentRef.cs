namespace AllianceAtlas.Web.Content;

/// <summary>A slug or code written in a content file, remembered with its line for error messages.</summary>
public sealed record ContentRef(string Value, int Line);
