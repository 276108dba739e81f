namespace AllianceAtlas.Web.Content;

public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The content folder; a relative path is taken from the app's content root.</summary>
    public string Path { get; set; } = "../../content";
}
