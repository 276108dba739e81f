using AllianceAtlas.Web.Performance;
using Microsoft.AspNetCore.Http;

namespace AllianceAtlas.Tests.Performance;

/// <summary>The cache on its own, in front of a page whose answer each test chooses.</summary>
public sealed class ReaderPageCacheTests : IDisposable
{
    private readonly ReaderCacheParts _parts = new(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
    private int _renderings;

    public void Dispose() => _parts.Dispose();

    private async Task<HttpContext> AskAsync(string cacheControl)
    {
        var cache = new ReaderPageCache(
            async context =>
            {
                _renderings++;
                context.Response.Headers.CacheControl = cacheControl;
                await context.Response.WriteAsync("<h1>A page</h1>");
            },
            _parts.Pages, _parts.Changes, _parts.Clock);
        var context = NewRequest(CancellationToken.None);
        await cache.InvokeAsync(context);
        return context;
    }

    private static DefaultHttpContext NewRequest(CancellationToken readerLeaves)
    {
        var context = new DefaultHttpContext { RequestAborted = readerLeaves };
        context.Request.Method = HttpMethods.Get;
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("atlas.example");
        context.Request.Path = "/alliances/nato";
        context.Response.Body = new MemoryStream();
        return context;
    }

    [Theory]
    [InlineData("no-cache, no-store")]
    [InlineData("private")]
    public async Task A_page_that_asks_not_to_be_stored_is_rendered_for_every_reader(string cacheControl)
    {
        await AskAsync(cacheControl);
        await AskAsync(cacheControl);

        Assert.Equal(2, _renderings);
    }

    [Fact]
    public async Task Any_other_page_is_rendered_once_and_then_served_from_memory_with_its_age()
    {
        await AskAsync("no-cache");
        _parts.Clock.Now = _parts.Clock.Now.AddSeconds(5);
        var second = await AskAsync("no-cache");

        Assert.Equal(1, _renderings);
        Assert.Equal("5", second.Response.Headers.Age.ToString());
        Assert.Equal("<h1>A page</h1>".Length, second.Response.ContentLength);
    }

    [Fact]
    public async Task A_reader_who_leaves_while_another_request_renders_the_page_raises_no_error()
    {
        var pageReady = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cache = new ReaderPageCache(
            async context =>
            {
                await pageReady.Task;
                await context.Response.WriteAsync("<h1>A page</h1>");
            },
            _parts.Pages, _parts.Changes, _parts.Clock);
        var first = NewRequest(CancellationToken.None);
        var rendering = cache.InvokeAsync(first);
        using var readerLeaves = new CancellationTokenSource();
        var waiting = cache.InvokeAsync(NewRequest(readerLeaves.Token));
        Assert.False(waiting.IsCompleted, "the second reader should wait for the first one's rendering");

        await readerLeaves.CancelAsync();
        await waiting;
        pageReady.SetResult();
        await rendering;

        Assert.Equal("<h1>A page</h1>".Length, first.Response.Body.Length);
    }
}
