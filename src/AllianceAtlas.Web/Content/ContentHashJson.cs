using System.Text.Json.Serialization;

namespace AllianceAtlas.Web.Content;

/// <summary>
/// Serialisation code for content hashes, written at build time: working these types out by reflection took about a
/// tenth of a second of every first start.
/// </summary>
[JsonSerializable(typeof(CountryRecord))]
[JsonSerializable(typeof(HashedFile<AllianceRecord>))]
[JsonSerializable(typeof(HashedFile<TopicRecord>))]
[JsonSerializable(typeof(HashedFile<EventWithTopics>))]
internal sealed partial class ContentHashJson : JsonSerializerContext;
