using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Timeline;

/// <summary>One line of the timeline: a typed event, or one derived from alliance and membership records.</summary>
public sealed record TimelineEntry(
    string Anchor,
    DateOnly Date,
    DatePrecision Precision,
    EventKind Kind,
    string Title,
    string? Summary,
    bool IsTurningPoint,
    string? Link,
    IReadOnlyList<EntryLink> Alliances,
    IReadOnlyList<EntryLink> Countries);
