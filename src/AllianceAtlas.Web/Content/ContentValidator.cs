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
            topics.Keys, countries.Keys);

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
        void Error(MemberRecord member, string field, string message) =>
            errors.Add(new ContentError(alliance.File, member.Line, $"members[{alliance.Members.ToList().IndexOf(member)}].{field}", message));

        foreach (var member in alliance.Members)
        {
            if (!countries.TryGetValue(member.Country.Value, out var country))
            {
                errors.Add(new ContentError(alliance.File, member.Country.Line,
                    $"members[{alliance.Members.ToList().IndexOf(member)}].country", $"unknown country code '{member.Country.Value}'"));
                continue;
            }

            if (member.Joined.LatestDay < alliance.Founded.Date)
            {
                Error(member, "joined", $"{member.Joined} is before {alliance.Slug} was founded ({alliance.Founded})");
            }

            if (alliance.Dissolved is { } dissolved && member.Joined.Date > dissolved.LatestDay)
            {
                Error(member, "joined", $"{member.Joined} is after {alliance.Slug} was dissolved ({dissolved})");
            }

            if (member.Left is { } left && alliance.Dissolved is { } end && left.Date > end.LatestDay)
            {
                Error(member, "left", $"{left} is after {alliance.Slug} was dissolved ({end})");
            }

            if (country.From is { } from && member.Joined.LatestDay < from.Date)
            {
                Error(member, "joined", $"{member.Joined} is before {country.Name} existed ({from})");
            }

            var membershipEnd = member.Left ?? alliance.Dissolved;
            if (country.To is { } to && (membershipEnd is null || membershipEnd.Value.Date > to.LatestDay))
            {
                Error(member, "left", $"{country.Name} ceased to exist on {to}; its membership needs a 'left' date no later than that");
            }
        }

        foreach (var rows in alliance.Members.GroupBy(m => m.Country.Value))
        {
            var ordered = rows.OrderBy(m => m.Joined.Date).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i - 1].Left is not { } previousEnd || ordered[i].Joined.Date < previousEnd.Date)
                {
                    Error(ordered[i], "joined", $"this row for {rows.Key} overlaps the row that starts {ordered[i - 1].Joined}");
                }
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
