namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>A small, valid content folder written for one test, which the test may then break on purpose.</summary>
public sealed class ContentFolder : IDisposable
{
    public ContentFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "atlas-content-" + Guid.NewGuid().ToString("N"));
        Write("countries/states.yaml", """
            - code: FR
              name: France
            - code: DE
              name: Germany
            - code: PL
              name: Poland
            - code: SUHH
              name: Soviet Union
              from: 1922-12-30
              to: 1991-12-26
              successors: [RU]
            - code: RU
              name: Russia
            """);
        Write("alliances/test-pact.md", """
            ---
            slug: test-pact
            name: Test Pact
            kind: collective-defence
            founded: 1950-01-01
            regions: [europe]
            summary: A pact that exists only in tests.
            members:
              - { country: FR, joined: 1950-01-01, role: founding-member }
              - { country: DE, joined: 1955-05-06 }
              - { country: PL, joined: 1999-03-12 }
            phases:
              - { name: "1950 treaty", from: 1950-01-01 }
              - { name: "1990 revision", from: 1990-06-01 }
            obligations:
              - type: defence
                summary: Each member helps any other member that is attacked in Europe.
                article: Article 4
                conditions: { territory: Europe, unprovoked: true }
              - type: consultation
                summary: The members consult whenever one of them feels threatened.
                article: Article 3
                phase: "1990 revision"
                members: [FR, DE]
            sources:
              - { title: The Test Treaty, publisher: Test Office }
            ---
            ## Origins

            The pact was agreed in [Paris](/countries/fr).
            """);
        Write("events/test-summit.md", """
            ---
            slug: test-summit
            title: The test summit
            date: 1960-06
            kind: summit
            summary: Leaders met.
            alliances: [test-pact]
            countries: [FR]
            topics: [test-topic]
            ---
            """);
        Write("topics/test-topic.md", """
            ---
            slug: test-topic
            title: Testing alliances
            order: 1
            summary: How tests see alliances.
            alliances: [test-pact]
            ---
            ## First section

            Words about [the pact](/alliances/test-pact).
            """);
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>
    /// One more event, "The late summit", which a first start's seeding waits for until the test releases it (see
    /// <see cref="HeldContentFile"/>).
    /// </summary>
    public Task<HeldContentFile> HoldLateEventAsync() => HeldContentFile.CreateAsync(PathOf("events/late-summit.md"), """
        ---
        slug: late-summit
        title: The late summit
        date: 1961
        kind: summit
        summary: Leaders met again.
        ---
        """);

    public void Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relative));
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(PathOf(relative), text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the operating system's temp clean-up.
        }
    }
}
