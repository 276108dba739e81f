using System.Text.RegularExpressions;
using AllianceAtlas.Web.Data;
using YamlDotNet.RepresentationModel;

namespace AllianceAtlas.Web.Content;

/// <summary>
/// Reads the fields of one YAML mapping, recording a file-and-line error for anything missing,
/// malformed or unknown, so one pass over a file reports every problem in it.
/// </summary>
public sealed partial class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly string _fieldPrefix;
    private readonly List<ContentError> _errors;
    private readonly HashSet<string> _read = [];

    public YamlFields(YamlMappingNode node, string file, int lineOffset, string fieldPrefix, List<ContentError> errors)
    {
        _node = node;
        _file = file;
        _lineOffset = lineOffset;
        _fieldPrefix = fieldPrefix;
        _errors = errors;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    public static partial Regex SlugPattern();

    public int Line => LineOf(_node);

    public int LineOf(YamlNode node) => (int)node.Start.Line + _lineOffset;

    public void Error(string field, string message, YamlNode? at = null) =>
        _errors.Add(new ContentError(_file, at is null ? LineOfField(field) : LineOf(at), _fieldPrefix + field, message));

    public int LineOfField(string field) =>
        Find(field) is { } pair ? LineOf(pair.Key) : Line;

    public string? Text(string field, bool required = false, int maxLength = 1000)
    {
        var value = Scalar(field, required);
        if (value is not null && value.Length > maxLength)
        {
            Error(field, $"is {value.Length} characters long; at most {maxLength} are allowed");
        }

        return value;
    }

    public string Slug(string field)
    {
        var value = Scalar(field, required: true) ?? "";
        if (value.Length > 0 && !SlugPattern().IsMatch(value))
        {
            Error(field, $"'{value}' is not a slug: use lowercase letters, digits and single hyphens");
        }

        return value;
    }

    public HistoricalDate? Date(string field, bool required = false)
    {
        var value = Scalar(field, required);
        if (value is null)
        {
            return null;
        }

        if (!HistoricalDate.TryParse(value, out var date))
        {
            Error(field, $"'{value}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
            return null;
        }

        return date;
    }

    public int? WholeNumber(string field, bool required = false)
    {
        var value = Scalar(field, required);
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            Error(field, $"'{value}' is not a whole number");
            return null;
        }

        return number;
    }

    public bool Boolean(string field)
    {
        var value = Scalar(field, required: false);
        switch (value)
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                Error(field, $"'{value}' is not true or false");
                return false;
        }
    }

    public TEnum? Enum<TEnum>(string field, bool required = false) where TEnum : struct, Enum
    {
        var value = Scalar(field, required);
        if (value is null)
        {
            return null;
        }

        if (!KebabCase.TryParse<TEnum>(value, out var parsed))
        {
            Error(field, $"'{value}' is not one of: {KebabCase.AllowedValues<TEnum>()}");
            return null;
        }

        return parsed;
    }

    public IReadOnlyList<ContentRef> List(string field)
    {
        var items = new List<ContentRef>();
        if (Find(field) is not { } pair || IsNull(pair.Value))
        {
            return items;
        }

        if (pair.Value is not YamlSequenceNode sequence)
        {
            Error(field, "must be a list, e.g. [a, b]");
            return items;
        }

        foreach (var child in sequence.Children)
        {
            if (child is YamlScalarNode { Value: { Length: > 0 } text })
            {
                items.Add(new ContentRef(text.Trim(), LineOf(child)));
            }
            else
            {
                Error(field, "every item must be a plain value", child);
            }
        }

        return items;
    }

    public IEnumerable<YamlFields> Mappings(string field)
    {
        if (Find(field) is not { } pair || IsNull(pair.Value))
        {
            yield break;
        }

        if (pair.Value is not YamlSequenceNode sequence)
        {
            Error(field, "must be a list of entries");
            yield break;
        }

        var index = 0;
        foreach (var child in sequence.Children)
        {
            var prefix = $"{_fieldPrefix}{field}[{index++}].";
            if (child is YamlMappingNode mapping)
            {
                yield return new YamlFields(mapping, _file, _lineOffset, prefix, _errors);
            }
            else
            {
                _errors.Add(new ContentError(_file, LineOf(child), prefix.TrimEnd('.'), "must be an entry with named fields"));
            }
        }
    }

    /// <summary>False when the field is absent, empty or an empty list.</summary>
    public bool HasEntries(string field) =>
        Find(field) is { } pair && !IsNull(pair.Value) && pair.Value is not YamlSequenceNode { Children.Count: 0 };

    /// <summary>A field holding named fields of its own; null when it is absent or empty.</summary>
    public YamlFields? Mapping(string field)
    {
        if (Find(field) is not { } pair || IsNull(pair.Value))
        {
            return null;
        }

        if (pair.Value is not YamlMappingNode mapping)
        {
            Error(field, "must be a set of named fields, e.g. { adversary: France }");
            return null;
        }

        return new YamlFields(mapping, _file, _lineOffset, $"{_fieldPrefix}{field}.", _errors);
    }

    public IReadOnlyList<SourceRecord> Sources(string field = "sources")
    {
        var sources = new List<SourceRecord>();
        foreach (var source in Mappings(field))
        {
            var title = source.Text("title", required: true, maxLength: 400);
            var publisher = source.Text("publisher", maxLength: 200);
            var url = source.Text("url", maxLength: 1000);
            var published = source.Date("date");
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            {
                source.Error("url", $"'{url}' is not an http(s) address");
                url = null;
            }

            source.RejectUnknownFields();
            if (title is not null)
            {
                sources.Add(new SourceRecord(title, publisher, url,
                    published is { } date ? HistoricalDate.Iso(date.Date, date.Precision) : null));
            }
        }

        return sources;
    }

    /// <summary>A misspelt field name would otherwise be silently ignored.</summary>
    public void RejectUnknownFields()
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!_read.Contains(name))
            {
                _errors.Add(new ContentError(_file, LineOf(key), _fieldPrefix + name, "is not a known field"));
            }
        }
    }

    private string? Scalar(string field, bool required)
    {
        var pair = Find(field);
        if (pair is null || IsNull(pair.Value.Value))
        {
            if (required)
            {
                Error(field, "is required");
            }

            return null;
        }

        if (pair.Value.Value is not YamlScalarNode scalar)
        {
            Error(field, "must be a single value");
            return null;
        }

        var text = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Error(field, "is required");
            }

            return null;
        }

        return text;
    }

    private KeyValuePair<YamlNode, YamlNode>? Find(string field)
    {
        _read.Add(field);
        foreach (var pair in _node.Children)
        {
            if (pair.Key is YamlScalarNode { Value: var name } && name == field)
            {
                return pair;
            }
        }

        return null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };
}
