using Microsoft.Extensions.Primitives;

namespace AllianceAtlas.Web.Performance;

/// <summary>A reader page as it went out, body compressed as it was asked for, and the content version it shows.</summary>
public sealed record CachedPage(string ETag, DateTimeOffset Created, KeyValuePair<string, StringValues>[] Headers, byte[] Body);
