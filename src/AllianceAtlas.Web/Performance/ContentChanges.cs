using System.Globalization;

namespace AllianceAtlas.Web.Performance;

/// <summary>
/// The moment the published content last changed. Every cached reader page is dropped the moment a change commits,
/// so the next request shows it; the same moment, with the day, is the pages' validator.
/// </summary>
public sealed class ContentChanges(ReaderPageStore pages, TimeProvider clock)
{
    private long _lastChangedTicks = clock.GetUtcNow().UtcTicks;
    private volatile PageVersion? _current;

    public DateTimeOffset LastChanged => new(Interlocked.Read(ref _lastChangedTicks), TimeSpan.Zero);

    public void Publish()
    {
        // Ticks only move forward, even when two changes land in the same tick.
        var now = clock.GetUtcNow().UtcTicks;
        long seen;
        do
        {
            seen = Interlocked.Read(ref _lastChangedTicks);
        }
        while (Interlocked.CompareExchange(ref _lastChangedTicks, Math.Max(now, seen + 1), seen) != seen);

        pages.Clear();
    }

    /// <summary>
    /// Formatted once per change and day rather than for every request: formatting them for every cached page took
    /// about 2 % of the CPU that serving one costs.
    /// </summary>
    public PageVersion Current()
    {
        var changed = LastChanged;
        var day = clock.GetUtcNow().UtcTicks / TimeSpan.TicksPerDay;
        var current = _current;
        if (current is null || current.ChangedTicks != changed.UtcTicks || current.DayNumber != day)
        {
            var today = new DateTime(day * TimeSpan.TicksPerDay, DateTimeKind.Utc).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            current = new PageVersion(changed.UtcTicks, day, $"W/\"{changed.UtcTicks.ToString(CultureInfo.InvariantCulture)}-{today}\"",
                changed.ToString("R", CultureInfo.InvariantCulture));
            _current = current;
        }

        return current;
    }
}
