namespace AllianceAtlas.Web.Content;

public sealed record ContentSet(
    IReadOnlyList<CountryRecord> Countries,
    IReadOnlyList<AllianceRecord> Alliances,
    IReadOnlyList<EventRecord> Events,
    IReadOnlyList<TopicRecord> Topics);
