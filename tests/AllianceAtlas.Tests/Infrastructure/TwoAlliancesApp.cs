namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>
/// The small test content plus a second, dissolved alliance with other promises (neutrality and offence, one made by
/// only some members), so that pages comparing or filtering alliances by their promises have a difference to show.
/// </summary>
public sealed class TwoAlliancesApp : AtlasApp
{
    private readonly ContentFolder _content = new();

    public TwoAlliancesApp()
    {
        _content.Write("alliances/old-league.md", """
            ---
            slug: old-league
            name: Old League
            kind: entente
            founded: 1900-03-01
            dissolved: 1920-03-01
            regions: [europe]
            summary: A league that exists only in tests.
            members:
              - { country: FR, joined: 1900-03-01, left: 1920-03-01, end: dissolution, role: founding-member }
              - { country: PL, joined: 1900-03-01, left: 1920-03-01, end: dissolution, role: founding-member }
              - { country: RU, joined: 1905-01-01, left: 1920-03-01, end: dissolution }
            obligations:
              - type: neutrality
                summary: Each member stays out of any war another member fights against Russia.
                article: Article 1
                conditions: { adversary: Russia, war: the Test War }
              - type: offence
                summary: France and Poland attack together if either asks.
                article: Secret protocol
                members: [FR, PL]
            sources:
              - { title: The Old League Treaty }
            ---
            The league was agreed in 1900.
            """);
    }

    protected override string? ContentPath => _content.Root;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _content.Dispose();
        }
    }
}
