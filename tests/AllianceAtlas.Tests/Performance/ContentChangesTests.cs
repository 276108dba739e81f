using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Performance;
using Microsoft.Extensions.Options;

namespace AllianceAtlas.Tests.Performance;

/// <summary>The pages' version is kept from one request to the next; these prove it still moves when it must.</summary>
public sealed class ContentChangesTests : IDisposable
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 12, 1, 23, 59, 58, TimeSpan.Zero));
    private readonly ReaderPageStore _pages = new(Options.Create(new CachingOptions()));
    private readonly ContentChanges _changes;

    public ContentChangesTests() => _changes = new ContentChanges(_pages, _clock);

    public void Dispose() => _pages.Dispose();

    private CachedPage PageOf(PageVersion version) => new(version.ETag, _clock.GetUtcNow(), [], [1, 2, 3]);

    [Fact]
    public void The_version_stays_the_same_through_a_day_without_changes()
    {
        var first = _changes.Current();
        _clock.Now = _clock.Now.AddSeconds(1);
        var second = _changes.Current();

        Assert.Equal(first, second);
        Assert.EndsWith("-20261201\"", first.ETag, StringComparison.Ordinal);
    }

    [Fact]
    public void At_midnight_every_page_gets_a_new_validator_and_its_cached_copy_is_no_longer_served()
    {
        var before = _changes.Current();
        _pages.Finish("/alliances/nato", PageOf(before));
        _clock.Now = _clock.Now.AddSeconds(3);
        var after = _changes.Current();

        Assert.EndsWith("-20261202\"", after.ETag, StringComparison.Ordinal);
        Assert.NotEqual(before.ETag, after.ETag);
        Assert.Equal(before.LastModified, after.LastModified);
        Assert.True(_pages.TryGet("/alliances/nato", before, out _));
        Assert.False(_pages.TryGet("/alliances/nato", after, out _));
    }

    [Fact]
    public void A_published_change_gives_every_page_a_new_validator_dated_at_the_change_and_drops_the_cached_pages()
    {
        var before = _changes.Current();
        _pages.Finish("/alliances/nato", PageOf(before));
        _clock.Now = _clock.Now.AddSeconds(1);
        _changes.Publish();
        var after = _changes.Current();

        Assert.NotEqual(before.ETag, after.ETag);
        Assert.Equal(_clock.Now.ToString("R", System.Globalization.CultureInfo.InvariantCulture), after.LastModified);
        Assert.False(_pages.TryGet("/alliances/nato", before, out _));
    }

    [Fact]
    public void A_page_rendered_from_before_a_change_but_stored_after_it_is_never_served()
    {
        var before = _changes.Current();
        _clock.Now = _clock.Now.AddSeconds(1);
        _changes.Publish();
        _pages.Finish("/alliances/nato", PageOf(before));

        Assert.False(_pages.TryGet("/alliances/nato", _changes.Current(), out _));
    }
}
