namespace AllianceAtlas.Web.Api;

public sealed record TopicSummary(string Slug, string Title, string Summary, string Url);
