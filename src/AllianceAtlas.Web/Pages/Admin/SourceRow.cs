using System.ComponentModel.DataAnnotations;

namespace AllianceAtlas.Web.Pages.Admin;

/// <summary>One cited source in an editor's form; a row left without a title is dropped.</summary>
public sealed class SourceRow
{
    [StringLength(400)]
    public string? Title { get; set; }

    [StringLength(200)]
    public string? Publisher { get; set; }

    [StringLength(1000)]
    [Url(ErrorMessage = "Give a full web address starting with https://, or leave it empty.")]
    public string? Url { get; set; }

    [StringLength(10)]
    public string? Date { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsBlank => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Publisher) && string.IsNullOrWhiteSpace(Url);
}
