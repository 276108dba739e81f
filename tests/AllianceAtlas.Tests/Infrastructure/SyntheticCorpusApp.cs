using AllianceAtlas.Web.Performance;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>
/// The small test content plus 700 synthetic alliances: more than a form lists (300) and more than a timeline
/// page holds (500), as a very large corpus would be.
/// </summary>
public sealed class SyntheticCorpusApp : AtlasApp, IAsyncLifetime
{
    public const int SyntheticAlliances = 700;

    private readonly ContentFolder _content = new();

    protected override string? ContentPath => _content.Root;

    public async Task InitializeAsync()
    {
        using var output = new StringWriter();
        var exit = await GenerateCommand.RunAsync(Services, SyntheticAlliances, output);
        Assert.True(exit == 0, output.ToString());
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _content.Dispose();
        }
    }
}
