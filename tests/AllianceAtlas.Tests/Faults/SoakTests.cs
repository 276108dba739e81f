using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using AllianceAtlas.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Tests.Faults;

/// <summary>A class reading while editors save: bounded to well under a minute so the suite stays quick.</summary>
public sealed class SoakTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);
    private const int Readers = 24;
    private const int Editors = 3;

    [Fact]
    public async Task Readers_never_fail_while_editors_save_and_every_acknowledged_save_is_readable()
    {
        var editors = new List<(HttpClient Client, string Slug)>();
        for (var i = 0; i < Editors; i++)
        {
            var email = $"soak-{i}-{Guid.NewGuid():N}@example.org";
            await EditorAccounts.CreateAsync(app, email, "Editor");
            var client = await EditorAccounts.SignedInClientAsync(app, email);
            var slug = $"soak-pact-{i}";
            await SaveAsync(client, "/admin/alliances/new", slug, "First version.");
            editors.Add((client, slug));
        }

        var failures = new ConcurrentBag<string>();
        var acknowledged = new ConcurrentDictionary<string, string>();
        var saves = 0;
        var reads = 0;
        var clock = Stopwatch.StartNew();
        string[] pages = ["/", "/alliances", "/alliances/test-pact", "/timeline", "/topics/test-topic", "/countries/fr", "/search?q=pact", "/api/alliances", "/map?date=2000&alliance=test-pact"];

        var readerTasks = Enumerable.Range(0, Readers).Select(r => Task.Run(async () =>
        {
            using var reader = app.CreateReader();
            for (var n = r; clock.Elapsed < Duration; n++)
            {
                var path = pages[n % pages.Length];
                try
                {
                    using var response = await reader.GetAsync(new Uri(path, UriKind.Relative));
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        failures.Add($"{path}: {(int)response.StatusCode}");
                    }
                }
                catch (HttpRequestException exception)
                {
                    failures.Add($"{path}: {exception.Message}");
                }

                Interlocked.Increment(ref reads);
            }
        }));
        var editorTasks = editors.Select(editor => Task.Run(async () =>
        {
            for (var n = 1; clock.Elapsed < Duration; n++)
            {
                var summary = $"Saved {n} times by the soak test.";
                var path = await EditPathAsync(editor.Slug);
                if (await SaveAsync(editor.Client, path, editor.Slug, summary, expectSuccess: false))
                {
                    acknowledged[editor.Slug] = summary;
                    Interlocked.Increment(ref saves);
                }
                else
                {
                    failures.Add($"save {n} of {editor.Slug} was refused");
                }
            }
        }));
        await Task.WhenAll(readerTasks.Concat(editorTasks));

        Assert.Empty(failures);
        Assert.True(reads > 1000, $"only {reads} reads");
        Assert.True(saves > 10, $"only {saves} saves");
        foreach (var (slug, summary) in acknowledged)
        {
            var (_, page) = await app.GetPageAsync($"/alliances/{slug}");
            Assert.Contains(summary, page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        using var db = app.CreateDbContext();
        var revisions = await db.Revisions.CountAsync(r => r.Slug.StartsWith("soak-pact-"));
        Assert.Equal(saves + Editors, revisions);
        foreach (var (client, _) in editors)
        {
            client.Dispose();
        }
    }

    private async Task<string> EditPathAsync(string slug)
    {
        using var db = app.CreateDbContext();
        var id = await db.Alliances.Where(a => a.Slug == slug).Select(a => a.Id).SingleAsync();
        return $"/admin/alliances/{id}/edit";
    }

    private static async Task<bool> SaveAsync(HttpClient client, string path, string slug, string summary, bool expectSuccess = true)
    {
        var (_, page) = await EditorAccounts.GetAsync(client, path);
        var form = BrowserlessForm.From(page, path, button: "Save")
            .Set("Form.Summary", summary);
        if (path.EndsWith("/new", StringComparison.Ordinal))
        {
            form.Set("Form.Name", "Soak Pact " + slug).Set("Form.Slug", slug).Set("Form.Kind", "CollectiveDefence")
                .Set("Form.Founded", "1990-01-01").Set("Form.Body", "## Origins\n\nMade for the soak test.")
                .Set("Form.Members[0].Country", "FR").Set("Form.Members[0].Joined", "1990-01-01")
                .Set("Form.Members[1].Country", "DE").Set("Form.Members[1].Joined", "1990-01-01")
                .Set("Form.Sources[0].Title", "The Soak Treaty");
        }

        using var response = await form.SubmitAsync(client);
        if (expectSuccess)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        return response.StatusCode == HttpStatusCode.Redirect;
    }
}
