using System.Text.RegularExpressions;
using AllianceAtlas.Web.Data;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AllianceAtlas.Web.Content;

/// <summary>Reads the content folder into records, collecting every problem with its file and line.</summary>
public static partial class ContentReader
{
    public static readonly IReadOnlySet<string> Regions = new HashSet<string>(StringComparer.Ordinal)
    {
        "global", "europe", "north-atlantic", "americas", "africa", "middle-east", "asia-pacific", "central-asia",
    };

    [GeneratedRegex("^([A-Z]{2}|[A-Z]{4}|X[A-Z]{2})$")]
    private static partial Regex CountryCodePattern();

    public static ContentSet Read(string contentRoot, List<ContentError> errors)
    {
        if (!Directory.Exists(contentRoot))
        {
            errors.Add(new ContentError(contentRoot, 1, "", "the content folder does not exist"));
            return new ContentSet([], [], [], []);
        }

        var countries = Files(contentRoot, "countries", "*.yaml")
            .SelectMany(file => ReadCountries(contentRoot, file, errors)).ToList();
        var alliances = Files(contentRoot, "alliances", "*.md")
            .Select(file => ReadMarkdown(contentRoot, file, errors, ReadAlliance)).OfType<AllianceRecord>().ToList();
        var events = Files(contentRoot, "events", "*.md")
            .Select(file => ReadMarkdown(contentRoot, file, errors, ReadEvent)).OfType<EventRecord>().ToList();
        var topics = Files(contentRoot, "topics", "*.md")
            .Select(file => ReadMarkdown(contentRoot, file, errors, ReadTopic)).OfType<TopicRecord>().ToList();
        return new ContentSet(countries, alliances, events, topics);
    }

    private static IEnumerable<string> Files(string root, string folder, string pattern)
    {
        var path = Path.Combine(root, folder);
        return Directory.Exists(path)
            ? Directory.EnumerateFiles(path, pattern).Order(StringComparer.Ordinal)
            : [];
    }

    private static string Relative(string root, string file) =>
        Path.Combine("content", Path.GetRelativePath(root, file)).Replace('\\', '/');

    private static IEnumerable<CountryRecord> ReadCountries(string root, string path, List<ContentError> errors)
    {
        var file = Relative(root, path);
        if (LoadYaml(file, File.ReadAllText(path), 0, errors) is not { } node)
        {
            yield break;
        }

        if (node is not YamlSequenceNode list)
        {
            errors.Add(new ContentError(file, (int)node.Start.Line, "", "must be a list of countries"));
            yield break;
        }

        var index = 0;
        foreach (var item in list.Children)
        {
            var prefix = $"[{index++}].";
            if (item is not YamlMappingNode mapping)
            {
                errors.Add(new ContentError(file, (int)item.Start.Line, prefix.TrimEnd('.'), "must be a country entry"));
                continue;
            }

            var fields = new YamlFields(mapping, file, 0, prefix, errors);
            var code = fields.Text("code", required: true, maxLength: 4) ?? "";
            if (code.Length > 0 && !CountryCodePattern().IsMatch(code))
            {
                fields.Error("code", $"'{code}' is not a country code: use ISO 3166-1 alpha-2 (FR), ISO 3166-3 (SUHH) or X and two letters for an older state");
            }

            var name = fields.Text("name", required: true, maxLength: 120);
            var from = fields.Date("from");
            var to = fields.Date("to");
            var successors = fields.List("successors");
            var note = fields.Text("note");
            var names = ReadCountryNames(fields, from, to);
            fields.RejectUnknownFields();
            if (from is { } start && to is { } end && end.Date < start.Date)
            {
                fields.Error("to", $"{end} is before the state's start, {start}");
            }

            if (name is not null && code.Length > 0)
            {
                yield return new CountryRecord(file, fields.Line, code, name, from, to, successors, note, names.Count > 0 ? names : null);
            }
        }
    }

    /// <summary>
    /// The names a state bore for a time (`names: [{ name: West Germany, from: 1949-05-23, to: 1990-10-03 }]`): each
    /// needs both days, within the state's own existence, and no two may overlap.
    /// </summary>
    private static List<CountryNameRecord> ReadCountryNames(YamlFields fields, HistoricalDate? stateFrom, HistoricalDate? stateTo)
    {
        var names = new List<CountryNameRecord>();
        foreach (var entry in fields.Mappings("names"))
        {
            var name = entry.Text("name", required: true, maxLength: 120);
            var from = entry.Date("from", required: true);
            var to = entry.Date("to", required: true);
            entry.RejectUnknownFields();
            if (name is null || from is not { } start || to is not { } end)
            {
                continue;
            }

            if (end.Date <= start.Date)
            {
                entry.Error("to", $"{end} is not after the name's first day, {start}");
                continue;
            }

            if (stateFrom is { } born && start.Date < born.Date)
            {
                entry.Error("from", $"{start} is before the state existed (from {born})");
            }

            if (stateTo is { } ended && end.Date > ended.Date)
            {
                entry.Error("to", $"{end} is after the state ceased to exist ({ended})");
            }

            if (names.FirstOrDefault(other => start.Date < other.To.Date && other.From.Date < end.Date) is { } overlapping)
            {
                entry.Error("from", $"the name '{name}' overlaps '{overlapping.Name}' ({overlapping.From} to {overlapping.To}); a state has one name on a day");
                continue;
            }

            names.Add(new CountryNameRecord(entry.Line, name, start, end));
        }

        return names;
    }

    private static T? ReadMarkdown<T>(string root, string path, List<ContentError> errors,
        Func<YamlFields, MarkdownBody, string, T?> read) where T : class
    {
        var file = Relative(root, path);
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            errors.Add(new ContentError(file, 1, "", "must start with front matter: a line '---', the YAML fields, and another '---'"));
            return null;
        }

        var closing = Array.FindIndex(lines, 1, line => line.TrimEnd() == "---");
        if (closing < 0)
        {
            errors.Add(new ContentError(file, 1, "", "the front matter is never closed with a line '---'"));
            return null;
        }

        var yaml = string.Join('\n', lines[1..closing]);
        var body = new MarkdownBody(string.Join('\n', lines[(closing + 1)..]).Trim('\n'), closing + 2);
        if (LoadYaml(file, yaml, 1, errors) is not YamlMappingNode mapping)
        {
            errors.Add(new ContentError(file, 2, "", "the front matter must be a set of named fields"));
            return null;
        }

        var fields = new YamlFields(mapping, file, 1, "", errors);
        var record = read(fields, body, file);
        fields.RejectUnknownFields();
        var expectedSlug = Path.GetFileNameWithoutExtension(path);
        if (record is not null && SlugOf(record) is { } slug && slug.Length > 0 && slug != expectedSlug)
        {
            fields.Error("slug", $"'{slug}' does not match the file name; name the file {slug}.md or change the slug to {expectedSlug}");
        }

        return record;
    }

    private static string? SlugOf(object record) => record switch
    {
        AllianceRecord alliance => alliance.Slug,
        EventRecord timelineEvent => timelineEvent.Slug,
        TopicRecord topic => topic.Slug,
        _ => null,
    };

    private static YamlNode? LoadYaml(string file, string yaml, int lineOffset, List<ContentError> errors)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
            {
                errors.Add(new ContentError(file, 1 + lineOffset, "", "is empty"));
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException exception)
        {
            errors.Add(new ContentError(file, (int)exception.Start.Line + lineOffset, "", $"is not valid YAML: {exception.Message}"));
            return null;
        }
    }

    private static AllianceRecord ReadAlliance(YamlFields fields, MarkdownBody body, string file)
    {
        var slug = fields.Slug("slug");
        var name = fields.Text("name", required: true, maxLength: 200);
        var shortName = fields.Text("shortName", maxLength: 60);
        var kind = fields.Enum<AllianceKind>("kind", required: true);
        var founded = fields.Date("founded", required: true);
        var dissolved = fields.Date("dissolved");
        var treaty = fields.Text("treaty", maxLength: 300);
        var headquarters = fields.Text("headquarters", maxLength: 200);
        var regions = fields.List("regions");
        foreach (var region in regions.Where(region => !Regions.Contains(region.Value)))
        {
            fields.Error("regions", $"'{region.Value}' is not one of: {string.Join(", ", Regions)}");
        }

        var summary = fields.Text("summary", required: true);
        var members = fields.Mappings("members").Select(ReadMember).OfType<MemberRecord>().ToList();
        var sources = fields.Sources();
        if (founded is { } start && dissolved is { } end && end.Date <= start.Date)
        {
            fields.Error("dissolved", $"{end} is not after the founding date, {start}");
        }

        var phases = fields.Mappings("phases").Select(ReadPhase).OfType<PhaseRecord>().ToList();
        var obligations = fields.Mappings("obligations").Select(ReadObligation).OfType<ObligationRecord>().ToList();
        if (!fields.HasEntries("obligations"))
        {
            fields.Error("obligations", "is required: list at least one promise the members made (see content/README.md, \"What the members promised\")");
        }

        // A record with a missing field still takes part in validation so that other files' links to it
        // are not reported too; any error stops the import, so the stand-in values are never stored.
        return new AllianceRecord(file, slug, name ?? "", shortName, kind ?? default, founded ?? default, dissolved,
            fields.LineOfField("dissolved"), treaty, headquarters,
            regions.Select(region => region.Value).ToList(), summary ?? "", body, members, sources, phases, obligations);
    }

    private static MemberRecord? ReadMember(YamlFields member)
    {
        var country = member.Text("country", required: true, maxLength: 4);
        var joined = member.Date("joined", required: true);
        var left = member.Date("left");
        var role = member.Enum<MembershipRole>("role") ?? MembershipRole.Member;
        var end = member.Enum<MembershipEnd>("end");
        var note = member.Text("note");
        member.RejectUnknownFields();
        if (end is not null && left is null)
        {
            member.Error("end", "says how a membership ended, but there is no 'left' date");
        }

        return country is null || joined is null
            ? null
            : new MemberRecord(member.Line, new ContentRef(country, member.LineOfField("country")), joined.Value, left,
                role, left is null ? null : end ?? MembershipEnd.Withdrawal, note);
    }

    private static PhaseRecord? ReadPhase(YamlFields phase)
    {
        var name = phase.Text("name", required: true, maxLength: 120);
        var from = phase.Date("from", required: true);
        var to = phase.Date("to");
        phase.RejectUnknownFields();
        return name is null || from is null ? null : new PhaseRecord(phase.Line, name, from.Value, to);
    }

    private static ObligationRecord? ReadObligation(YamlFields obligation)
    {
        var type = obligation.Enum<ObligationType>("type", required: true);
        var summary = obligation.Text("summary", required: true, maxLength: 400);
        var article = obligation.Text("article", required: true, maxLength: 120);
        var phase = obligation.Text("phase", maxLength: 120);
        var phaseLine = obligation.LineOfField("phase");
        var members = obligation.List("members");
        var conditions = obligation.Mapping("conditions") is { } condition ? ReadConditions(condition) : ObligationConditions.None;
        obligation.RejectUnknownFields();
        foreach (var repeated in members.GroupBy(m => m.Value).Where(g => g.Count() > 1))
        {
            obligation.Error("members", $"'{repeated.Key}' is listed twice", null);
        }

        return type is null || summary is null || article is null
            ? null
            : new ObligationRecord(obligation.Line, type.Value, summary, article,
                phase is null ? null : new ContentRef(phase, phaseLine), members, conditions);
    }

    private static ObligationConditions ReadConditions(YamlFields condition)
    {
        var adversary = condition.Text("adversary", maxLength: 300);
        var territory = condition.Text("territory", maxLength: 300);
        var unprovoked = condition.Boolean("unprovoked");
        var war = condition.Text("war", maxLength: 300);
        var other = condition.Text("other", maxLength: 300);
        condition.RejectUnknownFields();
        return new ObligationConditions(adversary, territory, unprovoked, war, other);
    }

    private static EventRecord ReadEvent(YamlFields fields, MarkdownBody body, string file)
    {
        var slug = fields.Slug("slug");
        var title = fields.Text("title", required: true, maxLength: 200);
        var date = fields.Date("date", required: true);
        var kind = fields.Enum<EventKind>("kind", required: true);
        var turningPoint = fields.Boolean("turningPoint");
        var summary = fields.Text("summary", required: true);
        var alliances = fields.List("alliances");
        var countries = fields.List("countries");
        var topics = fields.List("topics");
        var sources = fields.Sources();
        if (turningPoint && body.Text.Length == 0)
        {
            fields.Error("turningPoint", "a turning point needs an essay body below the front matter");
        }

        return new EventRecord(file, slug, title ?? "", date ?? default, kind ?? default, turningPoint, summary ?? "", body,
            alliances, countries, topics, sources);
    }

    private static TopicRecord ReadTopic(YamlFields fields, MarkdownBody body, string file)
    {
        var slug = fields.Slug("slug");
        var title = fields.Text("title", required: true, maxLength: 200);
        var order = fields.WholeNumber("order", required: true);
        var summary = fields.Text("summary", required: true);
        var alliances = fields.List("alliances");
        var events = fields.List("events");
        var sources = fields.Sources();
        if (body.Text.Length == 0)
        {
            fields.Error("", "a topic needs an essay body below the front matter");
        }

        return new TopicRecord(file, slug, title ?? "", order ?? 0, summary ?? "", body, alliances, events, sources);
    }
}
