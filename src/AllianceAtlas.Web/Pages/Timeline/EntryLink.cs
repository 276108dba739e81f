namespace AllianceAtlas.Web.Pages.Timeline;

public sealed record EntryLink(string Text, string Href);
