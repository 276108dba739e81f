using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>Keeps what the site logs, for a test to read; the site's Serilog finds it among its services.</summary>
public sealed class CollectingLogSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>The site, logging here too, its request log included (Information and up).</summary>
    public WebApplicationFactory<Program> Attach(AtlasApp site) => site.WithWebHostBuilder(builder => builder
        .UseSetting("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Information")
        .ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(this)));

    /// <summary>Whether this is the request log's line for a request to the path (its query left out).</summary>
    public static bool IsRequestLogFor(LogEvent logEvent, string path) =>
        logEvent.Properties.TryGetValue("RequestPath", out var logged) && logged is ScalarValue { Value: string value }
        && value == path && logEvent.Properties.ContainsKey("StatusCode");

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
