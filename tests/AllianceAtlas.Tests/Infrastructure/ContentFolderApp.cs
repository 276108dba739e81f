namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>The site seeded from a test's own content folder instead of the repository's.</summary>
public sealed class ContentFolderApp(ContentFolder content) : AtlasApp
{
    protected override string? ContentPath => content.Root;
}
