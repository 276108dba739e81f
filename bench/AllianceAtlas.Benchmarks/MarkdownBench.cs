using AllianceAtlas.Web.Rendering;
using BenchmarkDotNet.Attributes;

namespace AllianceAtlas.Benchmarks;

/// <summary>
/// Essay pages render their markdown on every request that misses the cache of reader pages, so this is the cost a
/// cold topic page pays.
/// </summary>
[MemoryDiagnoser]
public class MarkdownBench
{
    private string _longEssay = "";
    private string _shortEvent = "";

    [GlobalSetup]
    public void Setup()
    {
        var content = RepoContent.Read();

        // The longest kind of page: a topic essay with many sections, links and a heading list to collect.
        _longEssay = content.Topic("nato-case-study").Body.Text;

        // One of the shortest bodies, so the fixed cost of a render (pipeline setup, writer) shows on its own.
        _shortEvent = content.Event("berlin-wall-built").Body.Text;
    }

    [Benchmark]
    public RenderedMarkdown LongEssay() => MarkdownRenderer.Render(_longEssay);

    [Benchmark]
    public RenderedMarkdown ShortEvent() => MarkdownRenderer.Render(_shortEvent);
}
