namespace AllianceAtlas.Web.Content;

public sealed record TopicRecord(
    string File,
    string Slug,
    string Title,
    int Order,
    string Summary,
    MarkdownBody Body,
    IReadOnlyList<ContentRef> Alliances,
    IReadOnlyList<ContentRef> Events,
    IReadOnlyList<SourceRecord> Sources);
