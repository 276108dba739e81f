using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Tests.Content;

/// <summary>
/// The promises of an alliance (<c>obligations</c>) and the sets of terms they belong to (<c>phases</c>), read the way
/// the importer reads them: every mistake is named by file, line and field.
/// </summary>
public sealed class ObligationValidationTests : IDisposable
{
    private const string Pact = "alliances/test-pact.md";
    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    private List<string> Errors() =>
        ContentImporter.ReadAndValidate(_content.Root).Errors.Select(e => e.ToString()).ToList();

    private void AssertReported(string expected)
    {
        var errors = Errors();
        Assert.True(errors.Any(e => e.StartsWith(expected, StringComparison.Ordinal)),
            $"expected '{expected}', got:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void The_test_pact_reads_its_promises_phases_members_and_conditions()
    {
        var (content, errors) = ContentImporter.ReadAndValidate(_content.Root);

        Assert.Empty(errors);
        var pact = Assert.Single(content.Alliances);
        Assert.Equal(["1950 treaty", "1990 revision"], pact.Phases.Select(p => p.Name));
        Assert.Equal(new DateOnly(1990, 6, 1), pact.Phases[1].From.Date);
        var defence = pact.Obligations[0];
        Assert.Equal(ObligationType.Defence, defence.Type);
        Assert.Equal("Article 4", defence.Article);
        Assert.Equal(new ObligationConditions(null, "Europe", true, null, null), defence.Conditions);
        Assert.Empty(defence.Members);
        Assert.Null(defence.Phase);
        var consultation = pact.Obligations[1];
        Assert.Equal(ObligationType.Consultation, consultation.Type);
        Assert.Equal("1990 revision", consultation.Phase?.Value);
        Assert.Equal(["FR", "DE"], consultation.Members.Select(m => m.Value));
    }

    [Fact]
    public void An_alliance_without_obligations_is_an_error()
    {
        _content.Replace(Pact, """
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

            """, "");

        AssertReported("content/alliances/test-pact.md:2: obligations: is required");
    }

    [Fact]
    public void An_empty_list_of_obligations_is_an_error()
    {
        _content.Replace(Pact, "obligations:\n", "obligations: []\nformerObligations:\n");

        AssertReported("content/alliances/test-pact.md:15: obligations: is required");
    }

    [Theory]
    [InlineData("type: defence", "type: alliance",
        "content/alliances/test-pact.md:16: obligations[0].type: 'alliance' is not one of: defence, offence, neutrality, non-aggression, consultation")]
    [InlineData("- type: defence\n", "-\n",
        "content/alliances/test-pact.md:17: obligations[0].type: is required")]
    [InlineData("    summary: Each member helps any other member that is attacked in Europe.\n", "",
        "content/alliances/test-pact.md:16: obligations[0].summary: is required")]
    [InlineData("    article: Article 4\n", "",
        "content/alliances/test-pact.md:16: obligations[0].article: is required")]
    [InlineData("article: Article 4", "article: \"\"",
        "content/alliances/test-pact.md:18: obligations[0].article: is required")]
    [InlineData("members: [FR, DE]", "members: [FR, RU]",
        "content/alliances/test-pact.md:24: obligations[1].members: 'RU' has no row in this alliance's members")]
    [InlineData("members: [FR, DE]", "members: [FR, FR]",
        "content/alliances/test-pact.md:24: obligations[1].members: 'FR' is listed twice")]
    [InlineData("members: [FR, DE]", "members: FR",
        "content/alliances/test-pact.md:24: obligations[1].members: must be a list")]
    [InlineData("phase: \"1990 revision\"", "phase: \"1991 revision\"",
        "content/alliances/test-pact.md:23: obligations[1].phase: '1991 revision' is not one of the phases: '1950 treaty', '1990 revision'")]
    [InlineData("    article: Article 4\n", "    article: Article 4\n    treatyArticle: 5\n",
        "content/alliances/test-pact.md:19: obligations[0].treatyArticle: is not a known field")]
    [InlineData("unprovoked: true }", "unprovoked: true, enemy: France }",
        "content/alliances/test-pact.md:19: obligations[0].conditions.enemy: is not a known field")]
    [InlineData("unprovoked: true }", "unprovoked: sometimes }",
        "content/alliances/test-pact.md:19: obligations[0].conditions.unprovoked: 'sometimes' is not true or false")]
    [InlineData("conditions: { territory: Europe, unprovoked: true }", "conditions: Europe",
        "content/alliances/test-pact.md:19: obligations[0].conditions: must be a set of named fields")]
    public void A_broken_obligation_is_reported_by_file_line_and_field(string oldText, string newText, string expected)
    {
        _content.Replace(Pact, oldText, newText);

        AssertReported(expected);
    }

    [Fact]
    public void A_summary_over_400_characters_an_article_over_120_or_a_condition_over_300_is_reported()
    {
        _content.Replace(Pact, "summary: Each member helps any other member that is attacked in Europe.", "summary: " + new string('a', 401));
        _content.Replace(Pact, "article: Article 3", "article: " + new string('b', 121));
        _content.Replace(Pact, "territory: Europe", "territory: " + new string('c', 301));

        AssertReported("content/alliances/test-pact.md:17: obligations[0].summary: is 401 characters long; at most 400 are allowed");
        AssertReported("content/alliances/test-pact.md:22: obligations[1].article: is 121 characters long; at most 120 are allowed");
        AssertReported("content/alliances/test-pact.md:19: obligations[0].conditions.territory: is 301 characters long; at most 300 are allowed");
    }

    [Theory]
    [InlineData("{ name: \"1950 treaty\", from: 1950-01-01 }", "{ name: \"1950 treaty\", from: 1949-01-01 }",
        "content/alliances/test-pact.md:13: phases[0].from: 1 January 1949 is before test-pact was founded (1 January 1950)")]
    [InlineData("{ name: \"1950 treaty\", from: 1950-01-01 }", "{ name: \"1950 treaty\", from: 1950-01-01, to: 1949-06-01 }",
        "content/alliances/test-pact.md:13: phases[0].to: 1 June 1949 is not after the phase's start, 1 January 1950")]
    [InlineData("{ name: \"1950 treaty\", from: 1950-01-01 }", "{ name: \"1950 treaty\", from: 1950-01-01, to: 1995-01-01 }",
        "content/alliances/test-pact.md:13: phases[0].to: 1 January 1995 is after the next phase begins (1 June 1990); phases must not overlap")]
    [InlineData("{ name: \"1990 revision\", from: 1990-06-01 }", "{ name: \"1990 revision\", from: 1950-01-01 }",
        "content/alliances/test-pact.md:14: phases[1].from: 1 January 1950 is not after the start of the phase before it (1 January 1950); list phases in order")]
    [InlineData("{ name: \"1990 revision\", from: 1990-06-01 }", "{ name: \"1950 treaty\", from: 1990-06-01 }",
        "content/alliances/test-pact.md:14: phases[1].name: '1950 treaty' names an earlier phase too")]
    [InlineData("{ name: \"1990 revision\", from: 1990-06-01 }", "{ name: \"1990 revision\" }",
        "content/alliances/test-pact.md:14: phases[1].from: is required")]
    [InlineData("{ name: \"1990 revision\", from: 1990-06-01 }", "{ name: \"1990 revision\", from: 1990-06-31 }",
        "content/alliances/test-pact.md:14: phases[1].from: '1990-06-31' is not a date")]
    [InlineData("{ name: \"1950 treaty\", from: 1950-01-01 }", "{ name: \"1950 treaty\", from: 1950-01-01, until: 1960 }",
        "content/alliances/test-pact.md:13: phases[0].until: is not a known field")]
    public void Phases_must_be_named_dated_in_order_and_inside_the_alliances_life(string oldText, string newText, string expected)
    {
        _content.Replace(Pact, oldText, newText);

        AssertReported(expected);
    }

    [Fact]
    public void A_phase_after_the_alliance_was_dissolved_is_reported()
    {
        _content.Replace(Pact, "founded: 1950-01-01\n", "founded: 1950-01-01\ndissolved: 1980-01-01\n");
        _content.Replace(Pact, "{ name: \"1990 revision\", from: 1990-06-01 }", "{ name: \"1990 revision\", from: 1970-06-01, to: 1985-01-01 }");

        AssertReported("content/alliances/test-pact.md:15: phases[1].to: 1 January 1985 is after test-pact was dissolved (1 January 1980)");
    }

    [Fact]
    public void A_phase_that_starts_after_the_alliance_ended_is_reported()
    {
        _content.Replace(Pact, "founded: 1950-01-01\n", "founded: 1950-01-01\ndissolved: 1980-01-01\n");

        AssertReported("content/alliances/test-pact.md:15: phases[1].from: 1 June 1990 is not before test-pact was dissolved (1 January 1980)");
    }

    [Fact]
    public void An_obligation_that_names_a_phase_when_there_are_none_is_reported()
    {
        _content.Replace(Pact, """
            phases:
              - { name: "1950 treaty", from: 1950-01-01 }
              - { name: "1990 revision", from: 1990-06-01 }

            """, "");

        AssertReported("content/alliances/test-pact.md:20: obligations[1].phase: '1990 revision' names a phase, but the alliance lists no phases");
    }
}
