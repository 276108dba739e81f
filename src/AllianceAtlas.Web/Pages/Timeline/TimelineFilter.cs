using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Pages.Timeline;

/// <summary>The timeline's query string; every state of the filter form is a link someone can share.</summary>
public sealed class TimelineFilter
{
    public const string TurningPointKind = "turning-point";

    public string? Alliance { get; set; }
    public string? Kind { get; set; }
    public string? Topic { get; set; }
    /// <summary>A kind of promise: only entries about alliances in which some member made it.</summary>
    public string? Obligation { get; set; }

    public int? From { get; set; }
    public int? To { get; set; }

    /// <summary>The day a later page of the timeline starts on; not a filter, so "Clear filters" keeps no trace of it.</summary>
    public DateOnly? Start { get; set; }

    public bool IsEmpty => Alliance is null && Kind is null && Topic is null && Obligation is null && From is null && To is null;

    public bool TurningPointsOnly => Kind == TurningPointKind;

    public EventKind? EventKind => KebabCase.TryParse<EventKind>(Kind, out var kind) ? kind : null;

    public ObligationType? Promise => KebabCase.TryParse<ObligationType>(Obligation, out var promise) ? promise : null;

    public DateOnly? FromDate => From is >= 1 and <= 9999 ? new DateOnly(From.Value, 1, 1) : null;

    public DateOnly? ToDate => To is >= 1 and <= 9999 ? new DateOnly(To.Value, 12, 31) : null;

    /// <summary>Where this page begins: the later of the "from" year and the page's start day.</summary>
    public DateOnly? StartDate => (FromDate, Start) switch
    {
        ({ } from, { } start) => from > start ? from : start,
        (var from, var start) => from ?? start,
    };

    /// <summary>
    /// Drops every filter value that names nothing, saying why, so a mistyped link still shows a timeline. It looks up
    /// only the alliance and topic the filter names, so the check costs the same however large the atlas grows.
    /// </summary>
    public async Task<List<string>> DropUnknownAsync(AtlasDbContext db, CancellationToken cancellationToken)
    {
        var allianceExists = Alliance is { } slug && await db.Alliances.AnyAsync(a => a.Slug == slug, cancellationToken);
        var topicExists = Topic is { } topic && await db.Topics.AnyAsync(t => t.Slug == topic, cancellationToken);
        return DropUnknown(allianceExists, topicExists).ToList();
    }

    private IEnumerable<string> DropUnknown(bool allianceExists, bool topicExists)
    {
        if (Alliance is { } alliance && !allianceExists)
        {
            yield return $"There is no alliance called “{alliance}”, so that filter was ignored.";
            Alliance = null;
        }

        if (Topic is { } topic && !topicExists)
        {
            yield return $"There is no topic called “{topic}”, so that filter was ignored.";
            Topic = null;
        }

        if (Kind is { } kind && !TurningPointsOnly && EventKind is null)
        {
            yield return $"“{kind}” is not a kind of event, so that filter was ignored.";
            Kind = null;
        }

        if (Obligation is { } obligation && Promise is null)
        {
            yield return $"“{obligation}” is not a kind of promise ({KebabCase.AllowedValues<ObligationType>()}), so that filter was ignored.";
            Obligation = null;
        }

        if (From is { } from && FromDate is null)
        {
            yield return $"{from} is not a year the timeline can start from, so it was ignored.";
            From = null;
        }

        if (To is { } to && ToDate is null)
        {
            yield return $"{to} is not a year the timeline can end at, so it was ignored.";
            To = null;
        }
    }

    /// <summary>
    /// "From 1990 to 1945" would match nothing; the reader surely meant the years the other way round, so they are swapped
    /// and the message says so.
    /// </summary>
    public string? SwapReversedYears()
    {
        if (From is not { } from || To is not { } to || from <= to)
        {
            return null;
        }

        (From, To) = (to, from);
        return $"“From” {from} is later than “to” {to}, so the timeline shows {to} to {from} instead.";
    }

    public static IReadOnlyList<(string Value, string Label)> KindChoices { get; } =
    [
        (TurningPointKind, "Turning points"),
        .. Enum.GetValues<EventKind>().Select(kind => (KebabCase.Of(kind), Shared.Labels.Of(kind))),
    ];
}
