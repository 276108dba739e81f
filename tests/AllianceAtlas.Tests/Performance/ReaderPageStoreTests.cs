using AllianceAtlas.Web.Performance;
using Microsoft.Extensions.Options;

namespace AllianceAtlas.Tests.Performance;

public sealed class ReaderPageStoreTests : IDisposable
{
    private readonly ReaderPageStore _pages = new(Options.Create(new CachingOptions()));

    public void Dispose() => _pages.Dispose();

    [Fact]
    public async Task Readers_who_ask_for_a_page_being_rendered_wait_for_that_rendering_and_get_its_page()
    {
        Assert.Null(_pages.Claim("/alliances/nato"));
        var waiting = _pages.Claim("/alliances/nato");
        Assert.NotNull(waiting);
        Assert.False(waiting.IsCompleted);

        var page = new CachedPage("W/\"1-20261201\"", DateTimeOffset.UnixEpoch, [], [1, 2, 3]);
        _pages.Finish("/alliances/nato", page);

        Assert.Same(page, await waiting);
        Assert.Null(_pages.Claim("/alliances/nato"));
    }

    [Fact]
    public async Task When_a_rendering_cannot_be_kept_its_waiters_are_told_so_and_nothing_is_stored()
    {
        var version = new PageVersion(1, 1, "W/\"1-20261201\"", "Thu, 01 Jan 1970 00:00:00 GMT");
        Assert.Null(_pages.Claim("/search?q=pact"));
        var waiting = _pages.Claim("/search?q=pact");
        Assert.NotNull(waiting);

        _pages.Finish("/search?q=pact", null);

        Assert.Null(await waiting);
        Assert.False(_pages.TryGet("/search?q=pact", version, out _));
    }
}
