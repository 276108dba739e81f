using System.Text.Json.Serialization;

namespace AllianceAtlas.Web.Content;

/// <summary>What a content file's hash covers: the file's name and the record read from it.</summary>
internal sealed record HashedFile<T>(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("record")] T Record);
