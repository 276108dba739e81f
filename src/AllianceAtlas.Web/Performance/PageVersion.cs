namespace AllianceAtlas.Web.Performance;

/// <summary>
/// What every reader page shows until the content changes or the day turns: its validators, and the mark a cached copy
/// must carry to be served. Pages that mention today's date (citations' access date, today's map) change at midnight.
/// </summary>
public sealed record PageVersion(long ChangedTicks, long DayNumber, string ETag, string LastModified);
