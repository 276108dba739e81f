using AllianceAtlas.Web.Pages.Search;
using BenchmarkDotNet.Attributes;

namespace AllianceAtlas.Benchmarks;

/// <summary>
/// A search on SQLite cuts a snippet from the whole text of each hit on its page, so this is what one page of results
/// costs on top of its queries: ten of the longest texts the index holds, the topic essays.
/// </summary>
[MemoryDiagnoser]
public class SnippetBench
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        _texts = RepoContent.Read().Topics
            .Select(topic => SearchIndex.TextOf(topic.Summary, topic.Body.Text))
            .OrderByDescending(text => text.Length)
            .Take(SearchQuery.PageSize)
            .ToArray();
    }

    [Benchmark]
    public int PageForOneWord() => CutAll(["border"]);

    [Benchmark]
    public int PageForTwoWords() => CutAll(["collective", "defence"]);

    /// <summary>As a search does it: the searched words are stemmed once, then each text is cut.</summary>
    private int CutAll(string[] terms)
    {
        var snippets = new SearchSnippet(terms);
        var length = 0;
        foreach (var text in _texts)
        {
            length += snippets.Cut(text).Length;
        }

        return length;
    }
}
