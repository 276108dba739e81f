namespace AllianceAtlas.Web.Content;

public sealed record SourceRecord(string Title, string? Publisher, string? Url, string? Published);
