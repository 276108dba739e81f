using System.Diagnostics.CodeAnalysis;
using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AllianceAtlas.Web.Performance;

/// <summary>
/// The cached reader pages, within a memory budget, and the pages being rendered right now, so that readers who ask
/// for the same page at once (after each change, every reader of a busy page) wait for one rendering of it.
/// </summary>
public sealed class ReaderPageStore : IDisposable
{
    private readonly MemoryCache _pages;
    private readonly TimeSpan _lifetime;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<CachedPage?>> _rendering = new(StringComparer.Ordinal);

    public ReaderPageStore(IOptions<CachingOptions> options)
    {
        var caching = options.Value;
        MaximumPageBytes = caching.ReaderPageMegabytes * 1024L * 1024 / 16;
        _lifetime = TimeSpan.FromSeconds(caching.ReaderPageSeconds);
        _pages = new MemoryCache(new MemoryCacheOptions { SizeLimit = caching.ReaderPageMegabytes * 1024L * 1024 });
    }

    /// <summary>A page larger than this is served as it is rendered and not kept, so no one page fills the budget.</summary>
    public long MaximumPageBytes { get; }

    public bool TryGet(string key, PageVersion version, [NotNullWhen(true)] out CachedPage? page)
    {
        page = _pages.TryGetValue(key, out CachedPage? kept) && kept is not null && kept.Shows(version) ? kept : null;
        return page is not null;
    }

    /// <summary>
    /// Null when the caller is the one to render the page (and must call <see cref="Finish"/>); otherwise the rendering
    /// under way, which ends with the page, or with null when it could not be kept.
    /// </summary>
    public Task<CachedPage?>? Claim(string key)
    {
        var mine = new TaskCompletionSource<CachedPage?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var current = _rendering.GetOrAdd(key, mine);
        return ReferenceEquals(current, mine) ? null : current.Task;
    }

    public void Finish(string key, CachedPage? page)
    {
        if (page is not null && !(_pages.TryGetValue(key, out var kept) && ReferenceEquals(kept, page)))
        {
            _pages.Set(key, page, new MemoryCacheEntryOptions
            {
                Size = page.Body.Length + key.Length * sizeof(char),
                AbsoluteExpirationRelativeToNow = _lifetime,
            });
        }

        if (_rendering.TryRemove(key, out var rendering))
        {
            rendering.TrySetResult(page);
        }
    }

    public void Clear() => _pages.Clear();

    public void Dispose() => _pages.Dispose();
}
