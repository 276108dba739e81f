using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Performance;

namespace AllianceAtlas.Web.Pages.Search;

/// <summary>
/// What search knows of the atlas's words beyond the index: the names of its entries and their alternatives, read
/// once per change of the content, and its vocabulary, read only when a search first finds nothing after a change.
/// </summary>
public sealed class SearchLexicon(ContentChanges changes) : IDisposable
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    private volatile Versioned<AlternativeNames>? _names;
    private volatile Versioned<SearchVocabulary>? _vocabulary;

    private sealed record Versioned<T>(long Version, T Value);

    public Task<AlternativeNames> NamesAsync(AtlasDbContext db, CancellationToken cancellationToken) =>
        CurrentAsync(() => _names, value => _names = value, AlternativeNames.ReadAsync, db, cancellationToken);

    public Task<SearchVocabulary> VocabularyAsync(AtlasDbContext db, CancellationToken cancellationToken) =>
        CurrentAsync(() => _vocabulary, value => _vocabulary = value, SearchVocabulary.ReadAsync, db, cancellationToken);

    /// <summary>
    /// The cached value while the content is unchanged; otherwise read again, by one request at a time (each with its
    /// own database context and cancellation), so a reader who leaves cannot fail another reader's search.
    /// </summary>
    private async Task<T> CurrentAsync<T>(
        Func<Versioned<T>?> cached, Action<Versioned<T>> keep, Func<AtlasDbContext, CancellationToken, Task<T>> read,
        AtlasDbContext db, CancellationToken cancellationToken)
    {
        // Read before the content: a change that commits while this reads leaves an older version, read again next time.
        var version = changes.LastChanged.UtcTicks;
        if (cached() is { } fresh && fresh.Version == version)
        {
            return fresh.Value;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (cached() is { } again && again.Version == version)
            {
                return again.Value;
            }

            var value = await read(db, cancellationToken);
            keep(new Versioned<T>(version, value));
            return value;
        }
        finally
        {
            _reading.Release();
        }
    }

    public void Dispose() => _reading.Dispose();
}
