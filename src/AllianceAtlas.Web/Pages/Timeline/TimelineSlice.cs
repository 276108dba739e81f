namespace AllianceAtlas.Web.Pages.Timeline;

/// <summary>What one source of the timeline gave a page, and the day it had to stop at to stay within the page.</summary>
public sealed record TimelineSlice(List<TimelineEntry> Entries, DateOnly? StoppedAt)
{
    public static TimelineSlice Empty { get; } = new([], null);
}
