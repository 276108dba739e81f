using Microsoft.Extensions.Primitives;

namespace AllianceAtlas.Web.Performance;

/// <summary>A reader page as it went out, body compressed as it was asked for, and the content version it shows.</summary>
public sealed record CachedPage(string ETag, DateTimeOffset Created, KeyValuePair<string, StringValues>[] Headers, byte[] Body)
{
    /// <summary>
    /// False for a page of an older version, such as one stored by a rendering that began before a change committed.
    /// </summary>
    public bool Shows(PageVersion version) => string.Equals(ETag, version.ETag, StringComparison.Ordinal);
}
