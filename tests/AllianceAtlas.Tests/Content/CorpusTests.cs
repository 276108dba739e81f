using System.Text.RegularExpressions;
using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Tests.Content;

/// <summary>What a teacher relies on: the shipped corpus is complete, consistent and well formed.</summary>
public sealed partial class CorpusTests
{
    private static readonly Lazy<(ContentSet Content, List<ContentError> Errors)> Corpus =
        new(() => ContentImporter.ReadAndValidate(Repository.PathOf("content")));

    private static ContentSet Content => Corpus.Value.Content;

    private static int CurrentMembers(string slug) =>
        Content.Alliances.Single(a => a.Slug == slug).Members
            .Count(m => m.Left is null && m.Role is MembershipRole.Member or MembershipRole.FoundingMember);

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    [Fact]
    public void The_corpus_has_no_errors_and_every_reference_resolves()
    {
        Assert.Empty(Corpus.Value.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Nato_has_32_current_members_and_the_un_193()
    {
        Assert.Equal(32, CurrentMembers("nato"));
        Assert.Equal(193, CurrentMembers("united-nations"));
    }

    [Fact]
    public void Nato_records_frances_integrated_command_withdrawal_and_return()
    {
        var france = Content.Alliances.Single(a => a.Slug == "nato").Members.Single(m => m.Country.Value == "FR");

        Assert.Contains("1966", france.Note, StringComparison.Ordinal);
        Assert.Contains("2009", france.Note, StringComparison.Ordinal);
    }

    public static TheoryData<string> AllianceSlugs => [.. Content.Alliances.Select(a => a.Slug)];

    public static TheoryData<string> TurningPointSlugs => [.. Content.Events.Where(e => e.IsTurningPoint).Select(e => e.Slug)];

    public static TheoryData<string> TopicSlugs => [.. Content.Topics.Select(t => t.Slug)];

    [Theory]
    [MemberData(nameof(AllianceSlugs))]
    public void Every_alliance_has_members_an_essay_of_350_words_and_sources(string slug)
    {
        var alliance = Assert.Single(Content.Alliances, a => a.Slug == slug);

        Assert.True(alliance.Members.Count >= 2, $"{slug} has {alliance.Members.Count} members");
        Assert.True(Word().Count(alliance.Body.Text) >= 350, $"{slug}'s essay has {Word().Count(alliance.Body.Text)} words, fewer than 350");
        Assert.NotEmpty(alliance.Sources);
    }

    [Fact]
    public void Accessions_and_withdrawals_are_typed_only_when_they_are_turning_points()
    {
        Assert.DoesNotContain(Content.Events, e => e.Kind is EventKind.Accession or EventKind.Withdrawal && !e.IsTurningPoint);
    }

    [Theory]
    [MemberData(nameof(TurningPointSlugs))]
    public void Every_turning_point_has_an_essay_of_300_to_1200_words_and_sources(string slug)
    {
        var point = Assert.Single(Content.Events, e => e.Slug == slug);

        Assert.InRange(Word().Count(point.Body.Text), 300, 1200);
        Assert.NotEmpty(point.Sources);
    }

    [Theory]
    [MemberData(nameof(TopicSlugs))]
    public void Every_theme_is_an_essay_of_the_promised_length_ending_with_terms_questions_and_reading(string slug)
    {
        var topic = Assert.Single(Content.Topics, t => t.Slug == slug);
        var body = topic.Body.Text;

        Assert.InRange(Word().Count(body), 700, 1500);
        var keyTerms = body.IndexOf("\n## Key terms", StringComparison.Ordinal);
        var questions = body.IndexOf("\n## Discussion questions", StringComparison.Ordinal);
        var reading = body.IndexOf("\n## Further reading", StringComparison.Ordinal);
        Assert.True(keyTerms > 0 && questions > keyTerms && reading > questions, $"{slug} must end with key terms, questions and reading, in that order");
        var questionLines = body[questions..reading].Split('\n').Count(line => Regex.IsMatch(line, @"^\s*(\d+\.|-|\*)\s+\S"));
        Assert.InRange(questionLines, 3, 5);
        Assert.NotEmpty(topic.Sources);
    }

    [Fact]
    public void Every_alliance_the_corpus_issue_names_is_there_among_at_least_thirty()
    {
        string[] required =
        [
            "league-of-nations", "united-nations", "nato", "warsaw-pact", "seato", "cento", "anzus", "rio-treaty", "oas",
            "arab-league", "us-japan-alliance", "us-rok-alliance", "us-philippines-alliance", "sino-soviet-treaty",
            "china-north-korea-treaty", "five-eyes", "five-power-defence-arrangements", "quad", "aukus", "csto", "sco",
            "western-european-union", "eu-csdp", "triple-alliance", "triple-entente", "axis", "little-entente",
            "balkan-pact", "osce", "au-peace-and-security-council", "gcc", "asean-regional-forum",
        ];

        Assert.Empty(required.Except(Content.Alliances.Select(a => a.Slug)));
        Assert.True(Content.Alliances.Count >= 30, $"only {Content.Alliances.Count} alliances");
    }

    [Fact]
    public void Every_alliance_since_1815_that_the_knowledge_issue_names_is_there_among_at_least_a_hundred()
    {
        string[] required =
        [
            "holy-alliance", "quadruple-alliance", "dual-alliance", "league-of-the-three-emperors", "reinsurance-treaty",
            "mediterranean-agreements", "franco-russian-alliance", "anglo-japanese-alliance", "entente-cordiale",
            "anglo-russian-convention", "central-powers", "anglo-portuguese-alliance", "franco-polish-alliance",
            "franco-czechoslovak-alliance", "polish-romanian-alliance", "franco-soviet-treaty-1935",
            "soviet-czechoslovak-treaty-1935", "locarno-treaties", "baltic-entente", "saadabad-pact", "anti-comintern-pact",
            "pact-of-steel", "molotov-ribbentrop-pact", "anglo-polish-agreement", "soviet-japanese-neutrality-pact",
            "anglo-soviet-treaty-1942", "dunkirk-treaty", "western-european-union", "us-roc-mutual-defense-treaty",
            "finnish-soviet-treaty-1948", "balkan-pact-1953", "soviet-north-korean-treaty-1961", "indo-soviet-treaty-1971",
            "soviet-egyptian-treaty-1971", "soviet-iraqi-treaty-1972", "soviet-vietnamese-treaty-1978",
            "soviet-syrian-treaty-1980", "sino-soviet-treaty", "gcc-joint-defence-agreement", "sadc-mutual-defence-pact",
            "ecowas-defence-protocol", "russia-china-treaty-2001", "russia-north-korea-treaty-2024",
            "compacts-of-free-association",
        ];

        Assert.Empty(required.Except(Content.Alliances.Select(a => a.Slug)));
        Assert.True(Content.Alliances.Count >= 100, $"only {Content.Alliances.Count} alliances");
    }

    [Theory]
    [MemberData(nameof(AllianceSlugs))]
    public void Every_alliance_says_what_its_members_promised_with_the_article_that_says_so(string slug)
    {
        var alliance = Assert.Single(Content.Alliances, a => a.Slug == slug);

        Assert.NotEmpty(alliance.Obligations);
        Assert.All(alliance.Obligations, promise =>
        {
            Assert.False(string.IsNullOrWhiteSpace(promise.Summary), $"{slug}: a promise without a summary");
            Assert.False(string.IsNullOrWhiteSpace(promise.Article), $"{slug}: a promise without its article");
        });
    }

    [Fact]
    public void The_timeline_has_at_least_eighty_dated_events_and_every_promised_turning_point()
    {
        string[] required =
        [
            "league-of-nations-founded", "un-charter-signed", "north-atlantic-treaty-signed", "warsaw-pact-founded",
            "helsinki-final-act", "berlin-wall-falls", "warsaw-pact-dissolved", "ussr-dissolved",
            "nato-first-eastern-enlargement", "article-5-invoked", "quad-revived", "aukus-announced",
            "russia-invades-ukraine", "finland-joins-nato", "sweden-joins-nato",
        ];

        Assert.True(Content.Events.Count >= 80, $"only {Content.Events.Count} events");
        Assert.Empty(required.Except(Content.Events.Where(e => e.IsTurningPoint).Select(e => e.Slug)));
    }

    [Fact]
    public void Every_theme_of_the_source_brief_has_its_essay_in_order()
    {
        string[] themes =
        [
            "origins-of-alliances", "military-diplomacy", "diplomatic-strategies", "negotiation-and-commitments",
            "major-turning-points", "technology", "contemporary-influences", "non-state-actors", "indo-pacific",
            "nato-case-study", "emerging-alliances", "norms-and-interests", "shared-values", "legal-frameworks",
            "challenges", "future-trends", "lessons",
        ];

        Assert.Equal(themes, Content.Topics.OrderBy(t => t.Order).Select(t => t.Slug));
    }

    [Fact]
    public void Nato_members_joined_on_the_dates_of_their_accession()
    {
        var nato = Content.Alliances.Single(a => a.Slug == "nato");
        string JoinedOf(string code)
        {
            var joined = nato.Members.Single(m => m.Country.Value == code).Joined;
            return HistoricalDate.Iso(joined.Date, joined.Precision);
        }

        Assert.Equal("1952-02-18", JoinedOf("TR"));
        Assert.Equal("1999-03-12", JoinedOf("PL"));
        Assert.Equal("2023-04-04", JoinedOf("FI"));
        Assert.Equal("2024-03-07", JoinedOf("SE"));
    }

    private static string Iso(HistoricalDate date) => HistoricalDate.Iso(date.Date, date.Precision);

    private static List<MemberRecord> RowsOf(string slug, string code) =>
        [.. Content.Alliances.Single(a => a.Slug == slug).Members.Where(m => m.Country.Value == code).OrderBy(m => m.Joined.Date)];

    [Fact]
    public void The_fact_checks_corrections_hold()
    {
        Assert.Equal("1961-09-27", Iso(Assert.Single(RowsOf("united-nations", "SL")).Joined));
        Assert.Equal("1975-10-10", Iso(Assert.Single(RowsOf("united-nations", "PG")).Joined));
        Assert.Equal("1976-09-21", Iso(Assert.Single(RowsOf("united-nations", "SC")).Joined));

        var league = Content.Alliances.Single(a => a.Slug == "league-of-nations");
        Assert.Equal("1946-04-20", Iso(league.Dissolved!.Value));
        var haiti = Assert.Single(RowsOf("league-of-nations", "HT"));
        Assert.Equal(MembershipEnd.Withdrawal, haiti.End);
        Assert.Contains("April 1942", haiti.Note, StringComparison.Ordinal);

        Assert.Equal(7, Content.Alliances.Single(a => a.Slug == "arab-league").Members.Count(m => m.Role == MembershipRole.FoundingMember));
        Assert.Equal("1982-11-08", Iso(Assert.Single(RowsOf("rio-treaty", "BS")).Joined));
    }

    [Theory]
    [InlineData("AU")]
    [InlineData("IN")]
    [InlineData("JP")]
    [InlineData("US")]
    public void The_quads_rows_show_the_lapse_from_2008_to_2017(string code)
    {
        var rows = RowsOf("quad", code);

        Assert.Equal(2, rows.Count);
        Assert.Equal("2008-02", Iso(rows[0].Left!.Value));
        Assert.Equal("2017-11-12", Iso(rows[1].Joined));
        Assert.Null(rows[1].Left);
    }

    [Fact]
    public void Former_states_have_an_end_date_and_successors()
    {
        foreach (var code in new[] { "SUHH", "YUCS", "CSHH", "DDDE" })
        {
            var state = Assert.Single(Content.Countries, c => c.Code == code);
            Assert.NotNull(state.To);
            Assert.NotEmpty(state.Successors);
        }
    }

    [Fact]
    public void Every_source_url_is_a_secure_or_plain_web_address()
    {
        var urls = Content.Alliances.SelectMany(a => a.Sources)
            .Concat(Content.Events.SelectMany(e => e.Sources))
            .Concat(Content.Topics.SelectMany(t => t.Sources))
            .Where(s => s.Url is not null)
            .Select(s => new Uri(s.Url!));

        Assert.All(urls, uri => Assert.True(uri.Scheme is "https" or "http", uri.ToString()));
    }
}
