using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AllianceAtlas.Web.Content;

/// <summary>
/// The fingerprint of an entry as its content file gives it: an import that finds the same fingerprint stored leaves
/// the entry alone. The JSON these hash has the shape it always had, so databases seeded earlier still match.
/// </summary>
public static class ContentHash
{
    public static string Of(CountryRecord record) =>
        Hash(record with { File = "", Line = 0 }, ContentHashJson.Default.CountryRecord);

    public static string Of(AllianceRecord record) =>
        Hash(new HashedFile<AllianceRecord>(record.File, record), ContentHashJson.Default.HashedFileAllianceRecord);

    public static string Of(TopicRecord record) =>
        Hash(new HashedFile<TopicRecord>(record.File, record), ContentHashJson.Default.HashedFileTopicRecord);

    public static string Of(EventRecord record, IReadOnlyList<string> topicSlugs) =>
        Hash(new HashedFile<EventWithTopics>(record.File, new EventWithTopics(record, topicSlugs)),
            ContentHashJson.Default.HashedFileEventWithTopics);

    private static string Hash<T>(T value, JsonTypeInfo<T> json) =>
        Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, json)));
}
