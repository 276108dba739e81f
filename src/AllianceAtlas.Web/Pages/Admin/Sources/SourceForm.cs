using System.ComponentModel.DataAnnotations;
using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Admin.Sources;

/// <summary>A cited publication, corrected once for every entry that cites it; also the shape of its revisions.</summary>
public sealed class SourceForm : IEntryForm
{
    [Required(ErrorMessage = "Enter the source's title.")]
    [StringLength(400)]
    public string Title { get; set; } = "";

    [StringLength(200)]
    public string? Publisher { get; set; }

    [StringLength(1000)]
    [Url(ErrorMessage = "Give a full web address starting with https://, or leave it empty.")]
    public string? Url { get; set; }

    [StringLength(10)]
    public string? Date { get; set; }

    public int Version { get; set; }

    public static SourceForm Of(Source source) => new()
    {
        Title = source.Title,
        Publisher = source.Publisher,
        Url = source.Url,
        Date = source.Published,
        Version = source.Version,
    };
}
