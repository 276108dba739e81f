using System.ComponentModel.DataAnnotations;
using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Admin.Topics;

/// <summary>Everything an editor can say about a themed essay; also the shape of its revisions.</summary>
public sealed class TopicForm : IEntryForm
{
    [Required(ErrorMessage = "Give the topic an address, such as legal-frameworks.")]
    [StringLength(100)]
    public string Slug { get; set; } = "";

    [Required(ErrorMessage = "Enter the topic's title.")]
    [StringLength(200)]
    public string Title { get; set; } = "";

    [Range(0, 10_000, ErrorMessage = "The order is a whole number from 0 to 10000.")]
    public int Order { get; set; }

    [Required(ErrorMessage = "Write a one- or two-sentence summary.")]
    [StringLength(1000)]
    [DataType(DataType.MultilineText)]
    public string Summary { get; set; } = "";

    [Required(ErrorMessage = "A topic needs its essay.")]
    [StringLength(200_000)]
    [DataType(DataType.MultilineText)]
    public string Body { get; set; } = "";

    public List<string> Alliances { get; set; } = [];

    public List<string> Events { get; set; } = [];

    public List<SourceRow> Sources { get; set; } = [];

    public bool IsPublished { get; set; } = true;

    public int Version { get; set; }

    public static TopicForm From(Topic topic) => new()
    {
        Slug = topic.Slug,
        Title = topic.Title,
        Order = topic.Order,
        Summary = topic.Summary,
        Body = topic.Body,
        Alliances = topic.Alliances.Select(a => a.Slug).Order(StringComparer.Ordinal).ToList(),
        Events = topic.Events.Select(e => e.Slug).Order(StringComparer.Ordinal).ToList(),
        Sources = FormRules.RowsOf(topic.Sources),
        IsPublished = topic.IsPublished,
        Version = topic.Version,
    };

    public Topic ToTopic() => new()
    {
        Slug = Slug,
        Title = Title,
        Order = Order,
        Summary = Summary,
        Body = Body,
        IsPublished = IsPublished,
        Sources = Sources.Where(s => !string.IsNullOrWhiteSpace(s.Title))
            .Select(s => new Source { Title = s.Title!, Publisher = s.Publisher, Url = s.Url, Published = s.Date }).ToList(),
    };
}
