namespace AllianceAtlas.Web.Pages.Admin.Entries;

/// <summary>The kinds of entry editors manage, with the words and addresses that go with each.</summary>
public sealed record EntryType(string Key, string Plural, string Singular, string? PublicPath)
{
    public static readonly EntryType Alliances = new("alliances", "Alliances", "alliance", "/alliances/");
    public static readonly EntryType Events = new("events", "Events", "event", "/turning-points/");
    public static readonly EntryType Topics = new("topics", "Topics", "topic", "/topics/");
    public static readonly EntryType Countries = new("countries", "Countries", "country", "/countries/");
    public static readonly EntryType Sources = new("sources", "Sources", "source", null);

    public static IReadOnlyList<EntryType> All { get; } = [Alliances, Events, Topics, Countries, Sources];

    public static EntryType? Find(string? key) => All.FirstOrDefault(type => type.Key == key);
}
