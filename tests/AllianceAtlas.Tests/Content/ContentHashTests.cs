using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Content;

namespace AllianceAtlas.Tests.Content;

public sealed class ContentHashTests
{
    private static readonly ContentSet Corpus = ContentImporter.ReadAndValidate(Repository.PathOf("content")).Content;

    /// <summary>The formula every database seeded so far holds its fingerprints in.</summary>
    private static string EarlierHash(object value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))));

    [Fact]
    public void Every_entry_of_the_corpus_keeps_the_fingerprint_earlier_imports_stored()
    {
        Assert.All(Corpus.Countries, country =>
            Assert.Equal(EarlierHash(country with { File = "", Line = 0 }), ContentHash.Of(country)));
        Assert.All(Corpus.Alliances, alliance =>
            Assert.Equal(EarlierHash(new { file = alliance.File, record = alliance }), ContentHash.Of(alliance)));
        Assert.All(Corpus.Topics, topic =>
            Assert.Equal(EarlierHash(new { file = topic.File, record = topic }), ContentHash.Of(topic)));
        Assert.All(Corpus.Events, timelineEvent =>
        {
            var topicSlugs = timelineEvent.Topics.Select(t => t.Value).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(EarlierHash(new { file = timelineEvent.File, record = new { record = timelineEvent, topicSlugs } }),
                ContentHash.Of(timelineEvent, topicSlugs));
        });
    }

    [Fact]
    public void A_changed_membership_changes_the_fingerprint()
    {
        var alliance = Corpus.Alliances.First(a => a.Members.Count > 1);
        var fewer = alliance with { Members = alliance.Members.Skip(1).ToList() };

        Assert.NotEqual(ContentHash.Of(alliance), ContentHash.Of(fewer));
    }
}
