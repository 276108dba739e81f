namespace AllianceAtlas.Web.Performance;

public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>
    /// How long a reader page may be served from memory. Eviction on save makes long lives safe on one server;
    /// several servers behind one PostgreSQL database each keep their own cache, so set it short there.
    /// </summary>
    public int ReaderPageSeconds { get; set; } = 600;

    /// <summary>The memory the cached reader pages may take; the least used make room for new ones.</summary>
    public int ReaderPageMegabytes { get; set; } = 100;
}
