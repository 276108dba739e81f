using AllianceAtlas.Web.Pages.Search;

namespace AllianceAtlas.Tests.Search;

public sealed class SearchSnippetTests
{
    private const string Text =
        "The alliance began as a pact between two states. Over the decades it took in new members, signed further " +
        "treaties and in 1990 rewrote the treaty that founded it. Its council still meets every spring in the " +
        "capital, and its secretariat keeps the records of every meeting held since.";

    private static string Cut(string text, string[] terms) => new SearchSnippet(terms).Cut(text);

    private static string Marked(string snippet) => snippet.Replace('\u0001', '[').Replace('\u0002', ']');

    [Fact]
    public void The_searched_words_are_marked_in_every_form_the_index_matches()
    {
        var snippet = Marked(Cut(Text, ["treaty"]));

        Assert.Contains("[treaties]", snippet, StringComparison.Ordinal);
        Assert.Contains("[treaty]", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("[the]", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_snippet_is_the_stretch_of_eighteen_words_with_the_most_searched_words_and_says_where_it_was_cut()
    {
        var snippet = Marked(Cut(Text, ["council", "spring"]));

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("[council]", snippet, StringComparison.Ordinal);
        Assert.Contains("[spring]", snippet, StringComparison.Ordinal);
        Assert.Equal(SearchSnippet.Words, snippet.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(part => part.Any(char.IsLetterOrDigit)));
    }

    [Fact]
    public void A_stretch_that_starts_its_sentence_is_preferred_when_it_holds_as_many_searched_words()
    {
        var snippet = Marked(Cut(Text, ["council"]));

        Assert.StartsWith("…Its [council] still meets", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_are_matched_as_prefixes_without_regard_to_case_or_accents()
    {
        var snippet = Marked(Cut("Ankara hosted the Türkiye delegation; TURKIYE signed.", ["turk"]));

        Assert.Equal("Ankara hosted the [Türkiye] delegation; [TURKIYE] signed.", snippet);
    }

    [Fact]
    public void A_text_that_matched_only_by_its_title_shows_its_opening_words()
    {
        var snippet = Marked(Cut(Text, ["warsaw"]));

        Assert.StartsWith("The alliance began as a pact", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("[", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_text_is_shown_whole_and_an_empty_one_gives_nothing()
    {
        Assert.Equal("Collective [defence].", Marked(Cut("Collective defence.", ["defence"])));
        Assert.Equal("", Cut("", ["defence"]));
        Assert.Equal("", Cut(" — ", ["defence"]));
    }

    [Fact]
    public void Each_hit_of_a_page_gets_the_snippet_it_would_get_on_its_own()
    {
        // One search cuts all its page's snippets, remembering the words it has stemmed; that must not leak from one
        // text into the next.
        string[] texts = [Text, "Collective defence.", "", "Treaties bind; the TREATY of 1949 binds most.", Text];
        var snippets = new SearchSnippet(["treaty", "council"]);

        var together = texts.Select(snippets.Cut).ToList();

        Assert.Equal(texts.Select(text => Cut(text, ["treaty", "council"])), together);
        Assert.Equal("[Treaties] bind; the [TREATY] of 1949 binds most.", Marked(together[3]));
    }
}
