using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Content;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace AllianceAtlas.Tests.Faults;

/// <summary>
/// A reader who leaves before their page is ready is no fault of the server: the request log says 499 (client closed
/// request), as ASP.NET Core's own exception handler would answer it, and nothing is logged as an error.
/// </summary>
public sealed class AbandonedRequestTests : IDisposable
{
    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public async Task A_reader_who_leaves_before_the_page_is_ready_is_logged_as_499_and_not_as_an_error()
    {
        // Every page waits for a first start's seeding, and the seeding waits for this file: the request stays in
        // flight until the reader leaves.
        var lateEvent = await _content.HoldLateEventAsync();
        var log = new CollectingLogSink();
        using var site = new UnwaitedApp(_content);
        using var app = log.Attach(site);
        using var client = app.CreateClient();
        LogEvent? logged;
        try
        {
            using var readerLeaves = new CancellationTokenSource();
            var request = client.GetAsync(new Uri("/alliances/test-pact", UriKind.Relative), readerLeaves.Token);
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            Assert.False(request.IsCompleted, "the page was ready before the reader could leave");

            await readerLeaves.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
            logged = await log.WaitForAsync(e => CollectingLogSink.IsRequestLogFor(e, "/alliances/test-pact"), TimeSpan.FromSeconds(10));
        }
        finally
        {
            await lateEvent.ReleaseAsync();
        }

        await app.Services.GetRequiredService<DatabaseReadiness>().Ready;
        Assert.NotNull(logged);
        Assert.Equal(LogEventLevel.Information, logged.Level);
        Assert.Equal(499, ((ScalarValue)logged.Properties["StatusCode"]).Value);
        Assert.DoesNotContain(log.Events, e => e.Level >= LogEventLevel.Error);
    }
}
