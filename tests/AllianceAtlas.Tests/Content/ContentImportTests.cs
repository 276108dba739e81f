using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AllianceAtlas.Tests.Content;

public sealed class ContentImportTests : IDisposable
{
    private readonly ContentFolder _content = new();
    private readonly ContentFolderApp _app;

    public ContentImportTests()
    {
        _app = new ContentFolderApp(_content);
    }

    public void Dispose()
    {
        _app.Dispose();
        _content.Dispose();
    }

    private async Task<ImportReport> ImportAsync(bool checkOnly = false)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(checkOnly, CancellationToken.None);
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = _app.CreateDbContext();
        var alliances = await db.Alliances.Include(a => a.Memberships).OrderBy(a => a.Slug).ToListAsync();
        var events = await db.Events.OrderBy(e => e.Slug).ToListAsync();
        var topics = await db.Topics.OrderBy(t => t.Slug).ToListAsync();
        var countries = await db.Countries.OrderBy(c => c.Code).ToListAsync();
        return string.Join("|", alliances.Select(a => $"{a.Slug}:{a.Name}:{a.Memberships.Count}"))
            + "#" + string.Join("|", events.Select(e => $"{e.Slug}:{e.Title}"))
            + "#" + string.Join("|", topics.Select(t => $"{t.Slug}:{t.Title}"))
            + "#" + string.Join("|", countries.Select(c => $"{c.Code}:{c.Name}"));
    }

    [Fact]
    public async Task First_start_seeds_an_empty_database_from_the_content_folder()
    {
        _ = _app.Services;
        await using var db = _app.CreateDbContext();
        var pact = await db.Alliances.Include(a => a.Memberships).Include(a => a.Sources).SingleAsync();
        Assert.Equal("test-pact", pact.Slug);
        Assert.Equal(3, pact.Memberships.Count);
        Assert.Equal("The Test Treaty", Assert.Single(pact.Sources).Title);
        var summit = await db.Events.Include(e => e.Topics).SingleAsync();
        Assert.Equal(DatePrecision.Month, summit.DatePrecision);
        Assert.Equal("test-topic", Assert.Single(summit.Topics).Slug);
    }

    [Fact]
    public async Task A_request_that_arrives_while_a_first_start_seeds_waits_and_gets_the_seeded_page()
    {
        var lateEvent = await _content.HoldLateEventAsync();
        using var app = new UnwaitedApp(_content);
        using var client = app.CreateReader();
        var ready = app.Services.GetRequiredService<DatabaseReadiness>().Ready;
        Task<HttpResponseMessage> request;
        try
        {
            request = client.GetAsync(new Uri("/alliances/test-pact", UriKind.Relative));
            await Task.Delay(TimeSpan.FromMilliseconds(300));
            Assert.False(ready.IsCompleted);
            Assert.False(request.IsCompleted, "the request was answered before the database was ready");
        }
        finally
        {
            await lateEvent.ReleaseAsync();
        }

        using var response = await request;

        Assert.True(ready.IsCompletedSuccessfully);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Test Pact", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_services_that_start_with_the_server_find_the_database_migrated()
    {
        using var app = new UnwaitedApp(_content).WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<DatabaseProbe>().AddHostedService(provider => provider.GetRequiredService<DatabaseProbe>())));

        var probe = app.Services.GetRequiredService<DatabaseProbe>();
        await app.Services.GetRequiredService<DatabaseReadiness>().Ready;

        Assert.True(probe.Started);
        Assert.Null(probe.Failure);
    }

    [Fact]
    public async Task Importing_twice_changes_nothing_the_second_time()
    {
        var before = await SnapshotAsync();
        var report = await ImportAsync();

        Assert.True(report.Succeeded);
        Assert.All(report.Tallies.Values, tally =>
        {
            Assert.Equal(0, tally.Added);
            Assert.Equal(0, tally.Updated);
        });
        Assert.Equal(5, report.For("countries").Unchanged);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_changed_content_file_updates_its_entry_on_reimport()
    {
        _ = _app.Services;
        _content.Replace("alliances/test-pact.md", "name: Test Pact", "name: The Renamed Test Pact");

        var report = await ImportAsync();

        Assert.Equal(1, report.For("alliances").Updated);
        await using var db = _app.CreateDbContext();
        Assert.Equal("The Renamed Test Pact", (await db.Alliances.SingleAsync()).Name);
    }

    [Fact]
    public async Task Reimport_keeps_what_an_editor_changed_in_the_database()
    {
        await using (var db = _app.CreateDbContext())
        {
            var pact = await db.Alliances.SingleAsync();
            pact.Summary = "An editor's better summary.";
            pact.EditedAt = DateTimeOffset.UtcNow;
            db.Alliances.Add(new Alliance { Slug = "editor-only", Name = "Editor Only", Summary = "Made in the admin." });
            await db.SaveChangesAsync();
        }

        _content.Replace("alliances/test-pact.md", "name: Test Pact", "name: The Renamed Test Pact");
        var report = await ImportAsync();

        Assert.Equal(1, report.For("alliances").Kept);
        Assert.Contains(report.Lines(), line => line.Contains("kept the editors' version of content/alliances/test-pact.md", StringComparison.Ordinal));
        await using var check = _app.CreateDbContext();
        var kept = await check.Alliances.SingleAsync(a => a.Slug == "test-pact");
        Assert.Equal("Test Pact", kept.Name);
        Assert.Equal("An editor's better summary.", kept.Summary);
        Assert.True(await check.Alliances.AnyAsync(a => a.Slug == "editor-only"));
    }

    [Theory]
    [InlineData("alliances/test-pact.md", "{ country: PL, joined: 1999-03-12 }", "{ country: QQ, joined: 1999-03-12 }",
        "content/alliances/test-pact.md:11: members[2].country: unknown country code 'QQ'")]
    [InlineData("alliances/test-pact.md", "{ country: DE, joined: 1955-05-06 }", "{ country: DE, joined: 1949-05-06 }",
        "content/alliances/test-pact.md:10: members[1].joined: 6 May 1949 is before test-pact was founded (1 January 1950)")]
    [InlineData("alliances/test-pact.md", "founded: 1950-01-01", "founded: 1950-13-01",
        "content/alliances/test-pact.md:5: founded: '1950-13-01' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("topics/test-topic.md", "slug: test-topic", "slug: test-pact",
        "content/topics/test-topic.md:2: slug: 'test-pact' does not match the file name")]
    [InlineData("alliances/test-pact.md", "{ country: PL, joined: 1999-03-12 }", "{ country: PL, joined: 1999-03-12, left: 1998-01-01 }",
        "content/alliances/test-pact.md:11: members[2].left: 1 January 1998 is not after the joining date, 12 March 1999")]
    [InlineData("events/test-summit.md", "kind: summit", "kind: picnic",
        "content/events/test-summit.md:5: kind: 'picnic' is not one of: founding, accession, withdrawal, dissolution, treaty, summit, crisis")]
    [InlineData("topics/test-topic.md", "[the pact](/alliances/test-pact)", "[the pact](/alliances/no-such-pact)",
        "content/topics/test-topic.md:10: body: link '/alliances/no-such-pact' does not lead to a page of the atlas")]
    [InlineData("alliances/test-pact.md", "members: [FR, DE]", "members: [FR, RU]",
        "content/alliances/test-pact.md:24: obligations[1].members: 'RU' has no row in this alliance's members")]
    public async Task A_broken_content_file_is_reported_by_file_line_and_field_and_nothing_is_imported(
        string file, string oldText, string newText, string expected)
    {
        var before = await SnapshotAsync();
        _content.Replace("alliances/test-pact.md", "name: Test Pact", "name: A Name That Must Not Arrive");
        _content.Replace(file, oldText, newText);

        var report = await ImportAsync();

        Assert.False(report.Succeeded);
        Assert.Contains(expected, string.Join("\n", report.Errors), StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_duplicate_slug_or_country_code_names_both_places()
    {
        _ = _app.Services;
        _content.Write("alliances/test-pact-copy.md", File.ReadAllText(_content.PathOf("alliances/test-pact.md")));
        _content.Write("countries/more.yaml", "- code: FR\n  name: France again\n");

        var report = await ImportAsync(checkOnly: true);

        Assert.Contains(report.Errors, e => e.ToString() == "content/countries/states.yaml:1: code: 'FR' is already used by content/countries/more.yaml:1");
        Assert.Contains(report.Errors, e => e.ToString() == "content/alliances/test-pact.md:2: slug: 'test-pact' is already used by content/alliances/test-pact-copy.md:2");
    }

    [Fact]
    public async Task Check_only_validates_without_writing()
    {
        _ = _app.Services;
        _content.Replace("alliances/test-pact.md", "name: Test Pact", "name: Checked Only");

        var report = await ImportAsync(checkOnly: true);

        Assert.True(report.Succeeded);
        Assert.Empty(report.Tallies);
        await using var db = _app.CreateDbContext();
        Assert.Equal("Test Pact", (await db.Alliances.SingleAsync()).Name);
    }

    [Fact]
    public async Task A_former_state_with_an_open_ended_membership_is_an_error()
    {
        _ = _app.Services;
        _content.Replace("alliances/test-pact.md", "{ country: PL, joined: 1999-03-12 }", "{ country: SUHH, joined: 1960-01-01 }");

        var report = await ImportAsync(checkOnly: true);

        Assert.Contains(report.Errors, e => e.ToString() ==
            "content/alliances/test-pact.md:11: members[2].left: Soviet Union ceased to exist on 26 December 1991; its membership needs a 'left' date no later than that");
    }

    [Fact]
    public async Task The_import_command_says_what_it_did_and_exits_non_zero_on_problems()
    {
        _ = _app.Services;
        using var output = new StringWriter();
        Assert.Equal(0, await ImportCommand.RunAsync(_app.Services, checkOnly: false, output));
        Assert.Contains("alliances: 0 added, 0 updated, 1 unchanged, 0 kept as editors left them", output.ToString(), StringComparison.Ordinal);

        _content.Replace("alliances/test-pact.md", "kind: collective-defence", "kind: friendship");
        using var failure = new StringWriter();
        Assert.Equal(1, await ImportCommand.RunAsync(_app.Services, checkOnly: true, failure));
        Assert.Contains("Content has 1 problem(s); nothing was imported:", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains("content/alliances/test-pact.md:4: kind: 'friendship' is not one of", failure.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Reads the data-protection keys as the server starts, as ASP.NET Core's own key ring does.</summary>
    private sealed class DatabaseProbe(IServiceProvider services) : IHostedService
    {
        public bool Started { get; private set; }

        public Exception? Failure { get; private set; }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using var scope = services.CreateAsyncScope();
            try
            {
                await scope.ServiceProvider.GetRequiredService<AtlasDbContext>().DataProtectionKeys.CountAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is System.Data.Common.DbException)
            {
                Failure = exception;
            }

            Started = true;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
