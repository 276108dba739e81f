namespace AllianceAtlas.Web.Content;

/// <summary>A markdown body and the file line it starts on, so a broken link can be reported where it is.</summary>
public sealed record MarkdownBody(string Text, int FirstLine);
