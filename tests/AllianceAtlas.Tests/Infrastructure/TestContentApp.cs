namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>The site seeded from a small test content folder of its own, for tests that change data.</summary>
public sealed class TestContentApp : AtlasApp
{
    private readonly ContentFolder _content = new();

    protected override string? ContentPath => _content.Root;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _content.Dispose();
        }
    }
}
