namespace AllianceAtlas.Web.Pages.Admin.Entries;

public sealed record EntryRow(string Key, string Title, string? Slug, bool IsPublished, DateTimeOffset? EditedAt);
