using AllianceAtlas.Web.Performance;

namespace AllianceAtlas.Tests.Performance;

/// <summary>The pages' version is kept from one request to the next; these prove it still moves when it must.</summary>
public sealed class ContentChangesTests : IDisposable
{
    private readonly ReaderCacheParts _parts = new(new DateTimeOffset(2026, 12, 1, 23, 59, 58, TimeSpan.Zero));

    public void Dispose() => _parts.Dispose();

    private CachedPage PageOf(PageVersion version) => new(version.ETag, _parts.Clock.GetUtcNow(), [], [1, 2, 3]);

    [Fact]
    public void The_version_stays_the_same_through_a_day_without_changes()
    {
        var first = _parts.Changes.Current();
        _parts.Clock.Now = _parts.Clock.Now.AddSeconds(1);
        var second = _parts.Changes.Current();

        Assert.Equal(first, second);
        Assert.EndsWith("-20261201\"", first.ETag, StringComparison.Ordinal);
    }

    [Fact]
    public void At_midnight_every_page_gets_a_new_validator_and_its_cached_copy_is_no_longer_served()
    {
        var before = _parts.Changes.Current();
        _parts.Pages.Finish("/alliances/nato", PageOf(before));
        _parts.Clock.Now = _parts.Clock.Now.AddSeconds(3);
        var after = _parts.Changes.Current();

        Assert.EndsWith("-20261202\"", after.ETag, StringComparison.Ordinal);
        Assert.NotEqual(before.ETag, after.ETag);
        Assert.Equal(before.LastModified, after.LastModified);
        Assert.True(_parts.Pages.TryGet("/alliances/nato", before, out _));
        Assert.False(_parts.Pages.TryGet("/alliances/nato", after, out _));
    }

    [Fact]
    public void A_published_change_gives_every_page_a_new_validator_dated_at_the_change_and_drops_the_cached_pages()
    {
        var before = _parts.Changes.Current();
        _parts.Pages.Finish("/alliances/nato", PageOf(before));
        _parts.Clock.Now = _parts.Clock.Now.AddSeconds(1);
        _parts.Changes.Publish();
        var after = _parts.Changes.Current();

        Assert.NotEqual(before.ETag, after.ETag);
        Assert.Equal(_parts.Clock.Now.ToString("R", System.Globalization.CultureInfo.InvariantCulture), after.LastModified);
        Assert.False(_parts.Pages.TryGet("/alliances/nato", before, out _));
    }

    [Fact]
    public void A_page_rendered_from_before_a_change_but_stored_after_it_is_never_served()
    {
        var before = _parts.Changes.Current();
        _parts.Clock.Now = _parts.Clock.Now.AddSeconds(1);
        _parts.Changes.Publish();
        _parts.Pages.Finish("/alliances/nato", PageOf(before));

        Assert.False(_parts.Pages.TryGet("/alliances/nato", _parts.Changes.Current(), out _));
    }
}
