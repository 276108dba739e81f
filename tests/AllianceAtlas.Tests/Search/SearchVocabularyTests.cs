using AllianceAtlas.Web.Pages.Search;

namespace AllianceAtlas.Tests.Search;

public sealed class SearchVocabularyTests
{
    [Theory]
    [InlineData("alliances", "alliances", 0)]
    [InlineData("allainces", "alliances", 1)]
    [InlineData("colective", "collective", 1)]
    [InlineData("warsaw", "varsaw", 1)]
    [InlineData("treaty", "treat", 1)]
    [InlineData("pact", "part", 1)]
    [InlineData("securty", "security", 1)]
    [InlineData("nato", "pact", 3)]
    public void The_distance_counts_added_dropped_changed_and_swapped_letters(string a, string b, int expected)
    {
        Assert.Equal(expected, SearchVocabulary.Distance(a, b, limit: 5));
        Assert.Equal(expected, SearchVocabulary.Distance(b, a, limit: 5));
    }

    [Fact]
    public void The_distance_stops_counting_past_its_limit()
    {
        Assert.Equal(2, SearchVocabulary.Distance("organisation", "confederation", limit: 1));
    }

    [Fact]
    public void Every_listed_group_names_two_or_more_names_and_no_name_is_listed_twice()
    {
        var groups = AlternativeNames.ListedGroups;

        Assert.NotEmpty(groups);
        Assert.All(groups, group => Assert.True(group.Count >= 2, string.Join(" = ", group)));
        var names = groups.SelectMany(group => group).Select(name => name.ToLowerInvariant()).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void A_name_becomes_an_fts_group_of_the_typed_words_as_prefixes_and_the_other_names_as_whole_words()
    {
        var words = new SearchWords([new SearchPart(["turkey"], [["turkiye"]]), SearchPart.Word("nato")], "turkey-nato");

        Assert.Equal("(\"turkey\"* OR \"turkiye\") AND \"nato\"*", SearchQuery.ToFts(words));
        Assert.Equal("(turkey:* | turkiye) & nato:*", SearchQuery.ToTsQuery(words));
        Assert.Equal("\"nato\"* \"pact\"*", SearchQuery.ToFts(SearchWords.Plain(["nato", "pact"])));
    }
}
