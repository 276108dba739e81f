using Microsoft.AspNetCore.OutputCaching;

namespace AllianceAtlas.Web.Performance;

/// <summary>
/// The moment the published content last changed. Every cached reader page carries the tag below and is evicted
/// the moment a change commits, so the next request shows it; the same moment is the pages' validator.
/// </summary>
public sealed class ContentChanges(IOutputCacheStore cache, TimeProvider clock)
{
    public const string Tag = "content";

    private long _lastChangedTicks = clock.GetUtcNow().UtcTicks;

    public DateTimeOffset LastChanged => new(Interlocked.Read(ref _lastChangedTicks), TimeSpan.Zero);

    public async ValueTask PublishAsync(CancellationToken cancellationToken)
    {
        // Ticks only move forward, even when two changes land in the same tick.
        var now = clock.GetUtcNow().UtcTicks;
        long seen;
        do
        {
            seen = Interlocked.Read(ref _lastChangedTicks);
        }
        while (Interlocked.CompareExchange(ref _lastChangedTicks, Math.Max(now, seen + 1), seen) != seen);

        await cache.EvictByTagAsync(Tag, cancellationToken);
    }
}
