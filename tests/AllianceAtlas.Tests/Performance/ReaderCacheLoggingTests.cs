using AllianceAtlas.Tests.Infrastructure;
using Serilog.Events;

namespace AllianceAtlas.Tests.Performance;

/// <summary>
/// The reader cache answers before the request log: writing a line for each page served from memory cost more than
/// serving it. Every page the site renders is still logged.
/// </summary>
public sealed class ReaderCacheLoggingTests
{
    [Fact]
    public async Task A_rendered_page_is_in_the_request_log_and_the_same_page_served_from_memory_is_not()
    {
        var log = new CollectingLogSink();
        using var site = new AtlasApp();
        using var app = log.Attach(site);
        using var client = app.CreateClient();

        using var rendered = await client.GetAsync(new Uri("/topics/legal-frameworks", UriKind.Relative));
        using var fromMemory = await client.GetAsync(new Uri("/topics/legal-frameworks", UriKind.Relative));
        using var another = await client.GetAsync(new Uri("/topics", UriKind.Relative));

        Assert.True(fromMemory.Headers.Age.HasValue, "the second request should be answered from the cache, which says Age");
        Assert.NotNull(await log.WaitForAsync(e => CollectingLogSink.IsRequestLogFor(e, "/topics"), TimeSpan.FromSeconds(10)));
        var logged = Assert.Single(log.Events, e => CollectingLogSink.IsRequestLogFor(e, "/topics/legal-frameworks"));
        Assert.Equal(200, ((ScalarValue)logged.Properties["StatusCode"]).Value);
    }
}
