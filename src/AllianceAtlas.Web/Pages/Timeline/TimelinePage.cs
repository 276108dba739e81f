namespace AllianceAtlas.Web.Pages.Timeline;

/// <summary>One page of the timeline, and the day the next page starts on (null on the last page).</summary>
public sealed record TimelinePage(List<TimelineEntry> Entries, DateOnly? NextStart);
