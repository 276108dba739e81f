using AllianceAtlas.Web.Data;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace AllianceAtlas.Web.Content;

/// <summary>Checks what single files cannot: references between entries, dates against each other, links.</summary>
public static class ContentValidator
{
    private static readonly MarkdownPipeline LinkPipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static void Validate(ContentSet content, List<ContentError> errors)
    {
        var countries = Unique(content.Countries, c => c.Code, c => (c.File, c.Line), "code", errors);
        var alliances = Unique(content.Alliances, a => a.Slug, a => (a.File, 2), "slug", errors);
        var events = Unique(content.Events, e => e.Slug, e => (e.File, 2), "slug", errors);
        var topics = Unique(content.Topics, t => t.Slug, t => (t.File, 2), "slug", errors);
        var links = new SiteLinks(alliances.Keys, events.Values.Where(e => e.IsTurningPoint).Select(e => e.Slug),
            events.Values.Where(e => !e.IsTurningPoint).Select(e => e.Slug), topics.Keys, countries.Keys);

        foreach (var country in content.Countries)
        {
            foreach (var successor in country.Successors.Where(s => !countries.ContainsKey(s.Value)))
            {
                errors.Add(new ContentError(country.File, successor.Line, "successors", $"unknown country code '{successor.Value}'"));
            }
        }

        foreach (var alliance in content.Alliances)
        {
            ValidateMembers(alliance, countries, errors);
            ValidatePhases(alliance, errors);
            ValidateObligations(alliance, errors);
            ValidateLinks(alliance.File, alliance.Body, links, errors);
        }

        foreach (var timelineEvent in content.Events)
        {
            CheckRefs(timelineEvent.File, "alliances", timelineEvent.Alliances, alliances, "alliance", errors);
            CheckRefs(timelineEvent.File, "countries", timelineEvent.Countries, countries, "country code", errors);
            CheckRefs(timelineEvent.File, "topics", timelineEvent.Topics, topics, "topic", errors);
            ValidateLinks(timelineEvent.File, timelineEvent.Body, links, errors);
        }

        foreach (var topic in content.Topics)
        {
            CheckRefs(topic.File, "alliances", topic.Alliances, alliances, "alliance", errors);
            CheckRefs(topic.File, "events", topic.Events, events, "event", errors);
            ValidateLinks(topic.File, topic.Body, links, errors);
        }
    }

    private static Dictionary<string, T> Unique<T>(IEnumerable<T> records, Func<T, string> key,
        Func<T, (string File, int Line)> where, string field, List<ContentError> errors)
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (seen.TryGetValue(key(record), out var first))
            {
                var (file, line) = where(record);
                var (firstFile, firstLine) = where(first);
                errors.Add(new ContentError(file, line, field, $"'{key(record)}' is already used by {firstFile}:{firstLine}"));
            }
            else
            {
                seen.Add(key(record), record);
            }
        }

        return seen;
    }

    private static void CheckRefs<T>(string file, string field, IEnumerable<ContentRef> refs,
        Dictionary<string, T> known, string what, List<ContentError> errors)
    {
        foreach (var reference in refs.Where(r => !known.ContainsKey(r.Value)))
        {
            errors.Add(new ContentError(file, reference.Line, field, $"unknown {what} '{reference.Value}'"));
        }
    }

    private static void ValidateMembers(AllianceRecord alliance, Dictionary<string, CountryRecord> countries, List<ContentError> errors)
    {
        var members = alliance.Members.Select(m => new MembershipRules.Member(m.Country.Value, m.Joined, m.Left)).ToList();
        var breaches = MembershipRules.Check(alliance.Slug, alliance.Founded, alliance.Dissolved, members,
            code => countries.TryGetValue(code, out var country) ? new MembershipRules.State(country.Name, country.From, country.To) : null);
        foreach (var breach in breaches)
        {
            var member = alliance.Members[breach.Index];
            var line = breach.Field == "country" ? member.Country.Line : member.Line;
            errors.Add(new ContentError(alliance.File, line, $"members[{breach.Index}].{breach.Field}", breach.Message));
        }
    }

    private static void ValidatePhases(AllianceRecord alliance, List<ContentError> errors)
    {
        void Error(int index, string field, string message) =>
            errors.Add(new ContentError(alliance.File, alliance.Phases[index].Line, $"phases[{index}].{field}", message));

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < alliance.Phases.Count; index++)
        {
            var phase = alliance.Phases[index];
            if (!names.Add(phase.Name))
            {
                Error(index, "name", $"'{phase.Name}' names an earlier phase too; give each phase its own name");
            }

            if (phase.From.LatestDay < alliance.Founded.Date)
            {
                Error(index, "from", $"{phase.From} is before {alliance.Slug} was founded ({alliance.Founded})");
            }

            if (alliance.Dissolved is { } dissolved && phase.From.Date >= dissolved.LatestDay)
            {
                Error(index, "from", $"{phase.From} is not before {alliance.Slug} was dissolved ({dissolved})");
            }

            if (phase.To is { } to && to.Date <= phase.From.Date)
            {
                Error(index, "to", $"{to} is not after the phase's start, {phase.From}");
            }

            if (phase.To is { } end && alliance.Dissolved is { } ended && end.Date > ended.LatestDay)
            {
                Error(index, "to", $"{end} is after {alliance.Slug} was dissolved ({ended})");
            }

            if (index > 0 && alliance.Phases[index - 1] is var previous)
            {
                if (phase.From.Date <= previous.From.Date)
                {
                    Error(index, "from", $"{phase.From} is not after the start of the phase before it ({previous.From}); list phases in order");
                }
                else if (previous.To is { } previousEnd && previousEnd.Date > phase.From.Date)
                {
                    Error(index - 1, "to", $"{previousEnd} is after the next phase begins ({phase.From}); phases must not overlap");
                }
            }
        }
    }

    private static void ValidateObligations(AllianceRecord alliance, List<ContentError> errors)
    {
        var memberCodes = alliance.Members.Select(m => m.Country.Value).ToHashSet(StringComparer.Ordinal);
        var phaseNames = alliance.Phases.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        for (var index = 0; index < alliance.Obligations.Count; index++)
        {
            var obligation = alliance.Obligations[index];
            foreach (var member in obligation.Members.Where(m => !memberCodes.Contains(m.Value)))
            {
                errors.Add(new ContentError(alliance.File, member.Line, $"obligations[{index}].members",
                    $"'{member.Value}' has no row in this alliance's members"));
            }

            if (obligation.Phase is { } phase && !phaseNames.Contains(phase.Value))
            {
                errors.Add(new ContentError(alliance.File, phase.Line, $"obligations[{index}].phase", phaseNames.Count == 0
                    ? $"'{phase.Value}' names a phase, but the alliance lists no phases"
                    : $"'{phase.Value}' is not one of the phases: {string.Join(", ", alliance.Phases.Select(p => $"'{p.Name}'"))}"));
            }
        }
    }

    private static void ValidateLinks(string file, MarkdownBody body, SiteLinks links, List<ContentError> errors)
    {
        if (body.Text.Length == 0)
        {
            return;
        }

        var document = Markdown.Parse(body.Text, LinkPipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && links.Explain(url) is { } problem)
            {
                var line = body.Text.AsSpan(0, Math.Max(link.Span.Start, 0)).Count('\n');
                errors.Add(new ContentError(file, body.FirstLine + line, "body", problem));
            }
        }
    }
}
