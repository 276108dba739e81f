namespace AllianceAtlas.Tests.Browser;

/// <summary>One address for each kind of page a reader can land on.</summary>
public static class PageTypes
{
    public static TheoryData<string, string> All => new()
    {
        { "home", "/" },
        { "alliances", "/alliances" },
        { "alliance", "/alliances/nato" },
        { "timeline", "/timeline?alliance=nato" },
        { "turning-points", "/turning-points" },
        { "turning-point", "/turning-points/berlin-wall-falls" },
        { "event", "/events/atlantic-charter" },
        { "timeline-decades", "/timeline?year=1962" },
        { "topics", "/topics" },
        { "topic", "/topics/legal-frameworks" },
        { "countries", "/countries" },
        { "country", "/countries/fi" },
        { "former-country", "/countries/suhh" },
        { "about", "/about" },
        { "not-found", "/alliances/no-such-alliance" },
        { "sign-in", "/admin/login" },
        { "search", "/search?q=nato" },
        { "map", "/map?date=1962-10-22&alliance=nato&alliance=warsaw-pact" },
        { "compare", "/compare?alliance=nato&alliance=warsaw-pact&alliance=triple-alliance" },
    };

    public static IEnumerable<(string Name, string Path)> Pairs =>
        All.Select(row => ((string)row[0], (string)row[1]));

    /// <summary>The editors' pages, seen signed in.</summary>
    public static IReadOnlyList<(string Name, string Path)> Admin { get; } =
    [
        ("admin-home", "/admin"),
        ("admin-alliances", "/admin/alliances"),
        ("admin-new-alliance", "/admin/alliances/new"),
        ("admin-edit-alliance", "/admin/alliances/1/edit"),
        ("admin-history", "/admin/alliances/1/history"),
        ("admin-new-event", "/admin/events/new"),
        ("admin-edit-topic", "/admin/topics/1/edit"),
        ("admin-edit-country", "/admin/countries/FR/edit"),
        ("admin-users", "/admin/users"),
    ];
}
