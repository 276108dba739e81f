namespace AllianceAtlas.Web.Pages.Alliances;

/// <summary>The broad periods readers browse by; an alliance belongs to every era it was alive in.</summary>
public sealed record Era(string Slug, string Label, DateOnly Start, DateOnly End)
{
    public static IReadOnlyList<Era> All { get; } =
    [
        new("before-1914", "Before 1914", DateOnly.MinValue, new DateOnly(1913, 12, 31)),
        new("world-wars", "The world wars, 1914–1945", new DateOnly(1914, 1, 1), new DateOnly(1945, 12, 31)),
        new("cold-war", "The Cold War, 1946–1991", new DateOnly(1946, 1, 1), new DateOnly(1991, 12, 31)),
        new("after-1991", "After the Cold War, 1992 onwards", new DateOnly(1992, 1, 1), DateOnly.MaxValue),
    ];
}
