using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>Keeps what the site logs, for a test to read; the site's Serilog finds it among its services.</summary>
public sealed class CollectingLogSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>The first event that matches, once it has been logged; null if none is within the time given.</summary>
    public async Task<LogEvent?> WaitForAsync(Func<LogEvent, bool> match, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_events.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                return null;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }
}
