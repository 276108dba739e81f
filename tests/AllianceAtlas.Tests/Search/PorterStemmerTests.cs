using System.Text.RegularExpressions;
using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Pages.Search;
using Microsoft.Data.Sqlite;

namespace AllianceAtlas.Tests.Search;

/// <summary>
/// Snippets are marked by this stemmer, matches are found by SQLite's, so the two must agree word for word: here on
/// every word of the atlas's content and on words chosen for each of Porter's rules.
/// </summary>
public sealed partial class PorterStemmerTests
{
    private static readonly string[] RuleWords =
    [
        "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "plastered", "bled", "motoring", "sing",
        "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing", "filing",
        "happy", "sky", "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli",
        "radicalli", "differentli", "vileli", "analogousli", "vietnamization", "predication", "operator", "feudalism",
        "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate",
        "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance",
        "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment",
        "dependent", "adoption", "homologou", "communism", "activate", "angulariti", "homologous", "effective",
        "bowdlerize", "probate", "rate", "cease", "controll", "roll", "treaty", "treaties", "alliances", "allies",
        "yes", "ya", "yyy", "sses", "ies", "eed", "ing", "ed", "nato", "oecd", "u", "un", "straße", "türkiye", "élysée",
        "ñandú", "ødegaard", "łódź",
    ];

    [Fact]
    public async Task Every_word_of_the_content_stems_as_the_search_index_stems_it()
    {
        var words = Directory.EnumerateFiles(Repository.PathOf("content"), "*.*", SearchOption.AllDirectories)
            .SelectMany(file => Words().Matches(File.ReadAllText(file)).Select(match => SearchSnippet.Fold(match.Value)))
            .Concat(RuleWords.Select(SearchSnippet.Fold))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(words.Count > 3000, $"only {words.Count} words found");

        var indexStems = await IndexStemsAsync(words);

        var disagreements = words.Where(word => PorterStemmer.Stem(word) != indexStems[word])
            .Select(word => $"{word}: {PorterStemmer.Stem(word)}, the index {indexStems[word]}")
            .ToList();
        Assert.Empty(disagreements);
    }

    [Theory]
    [InlineData("treaties", "treati")]
    [InlineData("treaty", "treati")]
    [InlineData("alliances", "allianc")]
    [InlineData("defence", "defenc")]
    [InlineData("organisation", "organis")]
    [InlineData("un", "un")]
    [InlineData("straße", "straß")]
    public void A_word_loses_the_endings_its_forms_share(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    /// <summary>Each word in its own row of an FTS5 table that tokenizes as the search index does; the vocabulary says what it became.</summary>
    private static async Task<Dictionary<string, string>> IndexStemsAsync(List<string> words)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE VIRTUAL TABLE Words USING fts5(Word, tokenize = 'porter unicode61 remove_diacritics 2');
                CREATE VIRTUAL TABLE Stems USING fts5vocab(Words, instance);
                """;
            await create.ExecuteNonQueryAsync();
        }

        await using (var transaction = await connection.BeginTransactionAsync())
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = "INSERT INTO Words (rowid, Word) VALUES ($id, $word)";
            var (id, word) = (insert.Parameters.Add("$id", SqliteType.Integer), insert.Parameters.Add("$word", SqliteType.Text));
            for (var i = 0; i < words.Count; i++)
            {
                (id.Value, word.Value) = (i + 1, words[i]);
                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT doc, term FROM Stems";
        await using var reader = await read.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stems[words[reader.GetInt32(0) - 1]] = reader.GetString(1);
        }

        return stems;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();
}
