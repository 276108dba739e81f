using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Content;

/// <summary>One row per distinct source, however many entries cite it.</summary>
public sealed class SourceCatalogue(IEnumerable<Source> existing)
{
    private readonly Dictionary<(string, string?, string?, string?), Source> _sources =
        existing.GroupBy(Key).ToDictionary(group => group.Key, group => group.First());

    public List<Source> Resolve(IEnumerable<SourceRecord> records) => records
        .Select(record =>
        {
            var key = (record.Title, record.Publisher, record.Url, record.Published);
            if (!_sources.TryGetValue(key, out var source))
            {
                source = new Source { Title = record.Title, Publisher = record.Publisher, Url = record.Url, Published = record.Published };
                _sources.Add(key, source);
            }

            return source;
        })
        .Distinct()
        .ToList();

    private static (string, string?, string?, string?) Key(Source source) =>
        (source.Title, source.Publisher, source.Url, source.Published);
}
