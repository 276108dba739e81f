using System.Reflection;
using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Search;

/// <summary>
/// The names a reader may use for one state or alliance: its name and short name in the atlas, and the other names in
/// <c>alternative-names.txt</c> (Turkey for Türkiye, USSR for the Soviet Union). A search for any of them finds what
/// the others find, on SQLite and PostgreSQL alike, because the query itself asks for every name.
/// </summary>
public sealed class AlternativeNames
{
    /// <summary>The groups of equivalent names, each phrase folded (lower case, no accents) into its words.</summary>
    private readonly List<Group> _groups = [];

    /// <summary>Every name by its first word, so a search looks up only the names that could start at each word.</summary>
    private readonly Dictionary<string, List<(string[] Words, int Group)>> _byFirstWord = new(StringComparer.Ordinal);

    private sealed record Group(List<string[]> Names, string? Entry);

    private static readonly Lazy<IReadOnlyList<IReadOnlyList<string>>> Listed = new(ReadListed);

    /// <summary>The groups of <c>alternative-names.txt</c>, as written.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> ListedGroups => Listed.Value;

    /// <summary>The names of every published alliance and every country, with the listed alternatives.</summary>
    public static async Task<AlternativeNames> ReadAsync(AtlasDbContext db, CancellationToken cancellationToken)
    {
        var alliances = await db.Alliances.AsNoTracking()
            .Select(a => new { a.Slug, a.Name, a.ShortName })
            .ToListAsync(cancellationToken);
        var countries = await db.Countries.AsNoTracking()
            .Select(c => new { c.Code, c.Name })
            .ToListAsync(cancellationToken);

        var names = new AlternativeNames();
        foreach (var alliance in alliances)
        {
            names.Add(alliance.ShortName is null ? [alliance.Name] : [alliance.Name, alliance.ShortName], alliance.Slug);
        }

        foreach (var country in countries)
        {
            names.Add([country.Name], country.Code.ToLowerInvariant());
        }

        foreach (var group in ListedGroups)
        {
            names.Add(group, entry: null);
        }

        return names;
    }

    /// <summary>
    /// The reader's words with every name they contain widened to its other names (the longest name wins where names
    /// overlap), and the entry the whole search names, if it names one.
    /// </summary>
    public SearchWords Expand(IReadOnlyList<string> terms)
    {
        var folded = terms.Select(SearchSnippet.Fold).ToArray();
        var parts = new List<SearchPart>();
        string? named = null;
        for (var start = 0; start < folded.Length;)
        {
            var match = LongestNameAt(folded, start);
            if (match is not { } found)
            {
                parts.Add(SearchPart.Word(terms[start]));
                start++;
                continue;
            }

            var group = _groups[found.Group];
            if (start == 0 && found.Length == folded.Length)
            {
                named = group.Entry;
            }

            var typed = folded[start..(start + found.Length)];
            var others = group.Names.Where(name => !name.SequenceEqual(typed)).ToList<IReadOnlyList<string>>();
            parts.Add(new SearchPart(terms.Skip(start).Take(found.Length).ToList(), others));
            start += found.Length;
        }

        return new SearchWords(parts, named ?? SearchQuery.BestBet(terms));
    }

    private (int Length, int Group)? LongestNameAt(string[] words, int start)
    {
        if (!_byFirstWord.TryGetValue(words[start], out var candidates))
        {
            return null;
        }

        (int Length, int Group)? longest = null;
        foreach (var (name, group) in candidates)
        {
            if (name.Length > (longest?.Length ?? 0) && start + name.Length <= words.Length &&
                name.AsSpan().SequenceEqual(words.AsSpan(start, name.Length)))
            {
                longest = (name.Length, group);
            }
        }

        return longest;
    }

    /// <summary>Adds names that mean one thing; a name already known joins its group to theirs.</summary>
    private void Add(IReadOnlyList<string> names, string? entry)
    {
        var phrases = names.Select(name => SearchQuery.Terms(name).Select(SearchSnippet.Fold).ToArray())
            .Where(words => words.Length > 0)
            .ToList();
        var existing = phrases.Select(Find).Where(group => group >= 0).Distinct().ToList();
        if (existing.Count == 0)
        {
            _groups.Add(new Group([], entry));
            existing.Add(_groups.Count - 1);
        }

        // Two entries of the same name (two synthetic alliances, say) stay apart; a listed line joins the first.
        var into = existing[0];
        if (entry is not null && _groups[into].Entry is not null && _groups[into].Entry != entry)
        {
            _groups.Add(new Group([], entry));
            into = _groups.Count - 1;
        }
        else if (entry is not null && _groups[into].Entry is null)
        {
            _groups[into] = _groups[into] with { Entry = entry };
        }

        foreach (var phrase in phrases.Where(phrase => !_groups[into].Names.Any(name => name.SequenceEqual(phrase))))
        {
            _groups[into].Names.Add(phrase);
            if (!_byFirstWord.TryGetValue(phrase[0], out var starting))
            {
                _byFirstWord[phrase[0]] = starting = [];
            }

            starting.Add((phrase, into));
        }
    }

    private int Find(string[] phrase)
    {
        foreach (var (words, group) in _byFirstWord.GetValueOrDefault(phrase[0]) ?? [])
        {
            if (words.SequenceEqual(phrase))
            {
                return group;
            }
        }

        return -1;
    }

    private static List<IReadOnlyList<string>> ReadListed()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(typeof(AlternativeNames), "alternative-names.txt")
            ?? throw new InvalidOperationException("alternative-names.txt is not embedded in the site's assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => (IReadOnlyList<string>)line.Split(" = ", StringSplitOptions.TrimEntries))
            .ToList();
    }
}
