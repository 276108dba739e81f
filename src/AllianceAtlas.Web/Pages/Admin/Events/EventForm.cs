using System.ComponentModel.DataAnnotations;
using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Admin.Events;

/// <summary>Everything an editor can say about a dated event; also the shape of its revisions.</summary>
public sealed class EventForm : IEntryForm
{
    [Required(ErrorMessage = "Give the event an address, such as berlin-wall-falls.")]
    [StringLength(100)]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Enter the event's title.")]
    [StringLength(200)]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Enter the date.")]
    [StringLength(10)]
    public string Date { get; set; } = "";

    public EventKind Kind { get; set; } = EventKind.Treaty;

    public bool IsTurningPoint { get; set; }

    [Required(ErrorMessage = "Write a one- to three-sentence summary.")]
    [StringLength(1000)]
    [DataType(DataType.MultilineText)]
    public string Summary { get; set; } = "";

    [StringLength(200_000)]
    [DataType(DataType.MultilineText)]
    public string? Body { get; set; }

    public List<string> Alliances { get; set; } = [];

    public List<string> Countries { get; set; } = [];

    public List<string> Topics { get; set; } = [];

    public List<SourceRow> Sources { get; set; } = [];

    public bool IsPublished { get; set; } = true;

    public int Version { get; set; }

    public static EventForm From(TimelineEvent timelineEvent) => new()
    {
        Slug = timelineEvent.Slug,
        Title = timelineEvent.Title,
        Date = HistoricalDate.Iso(timelineEvent.Date, timelineEvent.DatePrecision),
        Kind = timelineEvent.Kind,
        IsTurningPoint = timelineEvent.IsTurningPoint,
        Summary = timelineEvent.Summary,
        Body = timelineEvent.Body,
        Alliances = timelineEvent.Alliances.Select(a => a.Slug).Order(StringComparer.Ordinal).ToList(),
        Countries = timelineEvent.Countries.Select(c => c.Code).Order(StringComparer.Ordinal).ToList(),
        Topics = timelineEvent.Topics.Select(t => t.Slug).Order(StringComparer.Ordinal).ToList(),
        Sources = FormRules.RowsOf(timelineEvent.Sources),
        IsPublished = timelineEvent.IsPublished,
        Version = timelineEvent.Version,
    };

    public TimelineEvent ToEvent()
    {
        var date = HistoricalDate.TryParse(Date, out var parsed) ? parsed : default;
        return new TimelineEvent
        {
            Slug = Slug,
            Title = Title,
            Date = date.Date,
            DatePrecision = date.Precision,
            Kind = Kind,
            IsTurningPoint = IsTurningPoint,
            Summary = Summary,
            Body = Body ?? "",
            IsPublished = IsPublished,
            Sources = Sources.Where(s => !string.IsNullOrWhiteSpace(s.Title))
                .Select(s => new Source { Title = s.Title!, Publisher = s.Publisher, Url = s.Url, Published = s.Date }).ToList(),
        };
    }
}
