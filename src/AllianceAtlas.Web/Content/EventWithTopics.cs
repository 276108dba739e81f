using System.Text.Json.Serialization;

namespace AllianceAtlas.Web.Content;

/// <summary>An event's hash covers its topics from both sides: those it names and those that name it.</summary>
internal sealed record EventWithTopics(
    [property: JsonPropertyName("record")] EventRecord Record,
    [property: JsonPropertyName("topicSlugs")] IReadOnlyList<string> TopicSlugs);
