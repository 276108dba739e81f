namespace AllianceAtlas.Web.Api;

public sealed record SourceDetail(string Title, string? Publisher, string? Url, string? Date);
