namespace AllianceAtlas.Web.Content;

public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>
    /// The content folder; a relative path is taken from the app's content root. Unset, it is the <c>content</c> folder a
    /// published site ships beside itself, or else the repository's (<c>../../content</c> from the project folder).
    /// </summary>
    public string? Path { get; set; }

    public string FolderIn(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(Path))
        {
            return System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, Path));
        }

        var shipped = System.IO.Path.Combine(contentRoot, "content");
        return System.IO.Path.GetFullPath(Directory.Exists(shipped) ? shipped : System.IO.Path.Combine(contentRoot, "..", "..", "content"));
    }
}
