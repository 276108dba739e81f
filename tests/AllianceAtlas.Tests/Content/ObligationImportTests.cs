using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceAtlas.Tests.Content;

public sealed class ObligationImportTests : IDisposable
{
    private readonly ContentFolder _content = new();
    private readonly ContentFolderApp _app;

    public ObligationImportTests()
    {
        _app = new ContentFolderApp(_content);
    }

    public void Dispose()
    {
        _app.Dispose();
        _content.Dispose();
    }

    private async Task<ImportReport> ImportAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(checkOnly: false, CancellationToken.None);
    }

    private async Task<Alliance> PactAsync()
    {
        await using var db = _app.CreateDbContext();
        return await db.Alliances.Include(a => a.Obligations).Include(a => a.Phases).AsSplitQuery().SingleAsync();
    }

    [Fact]
    public async Task First_start_stores_each_promise_with_its_conditions_members_and_phase_in_the_files_order()
    {
        var pact = await PactAsync();

        var promises = pact.Obligations.OrderBy(o => o.Position).ToList();
        Assert.Equal([ObligationType.Defence, ObligationType.Consultation], promises.Select(o => o.Type));
        Assert.Equal("Each member helps any other member that is attacked in Europe.", promises[0].Summary);
        Assert.Equal("Article 4", promises[0].Article);
        Assert.Equal("Europe", promises[0].Territory);
        Assert.True(promises[0].Unprovoked);
        Assert.Null(promises[0].Adversary);
        Assert.Empty(promises[0].Members);
        Assert.Equal(["FR", "DE"], promises[1].Members);
        Assert.Equal("1990 revision", promises[1].Phase);
        var phases = pact.Phases.OrderBy(p => p.Position).ToList();
        Assert.Equal(["1950 treaty", "1990 revision"], phases.Select(p => p.Name));
        Assert.Equal(new DateOnly(1990, 6, 1), phases[1].From);
        Assert.Null(phases[1].To);
    }

    [Fact]
    public async Task A_changed_promise_updates_the_alliance_on_reimport_and_replaces_its_promises()
    {
        _ = _app.Services;
        _content.Replace("alliances/test-pact.md", "article: Article 3", "article: Article 3, paragraph 2");
        _content.Replace("alliances/test-pact.md", "members: [FR, DE]", "members: [FR, PL]");

        var report = await ImportAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Equal(1, report.For("alliances").Updated);
        var pact = await PactAsync();
        Assert.Equal(2, pact.Obligations.Count);
        var consultation = pact.Obligations.Single(o => o.Type == ObligationType.Consultation);
        Assert.Equal("Article 3, paragraph 2", consultation.Article);
        Assert.Equal(["FR", "PL"], consultation.Members);
        Assert.Equal(2, pact.Phases.Count);
    }

    [Fact]
    public async Task A_changed_phase_alone_changes_the_fingerprint_and_is_imported()
    {
        _ = _app.Services;
        _content.Replace("alliances/test-pact.md", "{ name: \"1990 revision\", from: 1990-06-01 }", "{ name: \"1990 revision\", from: 1990-07-01 }");

        var report = await ImportAsync();

        Assert.Equal(1, report.For("alliances").Updated);
        Assert.Equal(new DateOnly(1990, 7, 1), (await PactAsync()).Phases.Single(p => p.Name == "1990 revision").From);
    }
}
