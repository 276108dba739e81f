using System.Net;
using System.Text.Json;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Faults;

/// <summary>
/// A SQLite file that is removed or made read-only under the running site: saves are refused saying why, the editor keeps
/// what they typed, and /healthz says what is wrong. (SQLite files only, on either pass of the suite.)
/// </summary>
public sealed class DatabaseFileFaultTests
{
    /// <summary>The site on a SQLite file of its own, whatever database the rest of the suite runs on.</summary>
    private sealed class SqliteSite : AtlasApp
    {
        private readonly ContentFolder _content = new();

        public SqliteSite()
            : base(postgresDatabase: null, ownsDatabase: false)
        {
        }

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

    private static async Task<BrowserlessForm> NewTopicFormAsync(HttpClient editor)
    {
        var (_, page) = await EditorAccounts.GetAsync(editor, "/admin/topics/new");
        return BrowserlessForm.From(page, "/admin/topics/new", button: "Save")
            .Set("Form.Title", "Alliances under load")
            .Set("Form.Slug", "alliances-under-load")
            .Set("Form.Summary", "Typed by an editor who must not lose it.")
            .Set("Form.Body", "## What happened\n\nWritten just before the disk went away.");
    }

    private static async Task<HttpClient> EditorOfAsync(AtlasApp site)
    {
        var email = $"faults-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.CreateAsync(site, email, "Editor");
        return await EditorAccounts.SignedInClientAsync(site, email);
    }

    private static async Task<JsonElement> HealthAsync(AtlasApp site, HttpStatusCode expected)
    {
        using var reader = site.CreateReader();
        var response = await reader.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("checks").GetProperty("database");
    }

    [Fact]
    public async Task A_save_after_the_database_file_was_removed_is_refused_and_the_editor_keeps_the_form()
    {
        using var site = new SqliteSite();
        using var editor = await EditorOfAsync(site);
        var form = await NewTopicFormAsync(editor);

        // Removed as an operator's mistake would: the site's open connections still hold the old file.
        foreach (var file in new[] { site.DatabasePath, site.DatabasePath + "-wal", site.DatabasePath + "-shm" })
        {
            File.Delete(file);
        }

        var response = await form.SubmitAsync(editor);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var page = await BrowserlessForm.ParseAsync(response);
        var errors = page.QuerySelector(".form-errors")!.TextContent;
        Assert.Contains("Nothing was saved", errors, StringComparison.Ordinal);
        Assert.Contains("is no longer there", errors, StringComparison.Ordinal);
        Assert.Equal("Alliances under load", page.QuerySelector("input[name='Form.Title']")!.GetAttribute("value"));
        Assert.Contains("Written just before the disk went away.", page.QuerySelector("textarea[name='Form.Body']")!.TextContent, StringComparison.Ordinal);
        Assert.False(File.Exists(site.DatabasePath), "the save must not create a new, empty database file");
        var health = await HealthAsync(site, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("is no longer there", health.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_save_into_a_read_only_database_is_refused_the_form_kept_and_healthz_says_so()
    {
        using var site = new SqliteSite();
        using var editor = await EditorOfAsync(site);
        var form = await NewTopicFormAsync(editor);

        using (ReadOnlyFile.Make(site.DatabasePath))
        {
            var response = await form.SubmitAsync(editor);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var page = await BrowserlessForm.ParseAsync(response);
            Assert.Contains("cannot be written", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("Alliances under load", page.QuerySelector("input[name='Form.Title']")!.GetAttribute("value"));
            var health = await HealthAsync(site, HttpStatusCode.OK);
            Assert.Equal("Degraded", health.GetProperty("status").GetString());
            Assert.Contains("cannot be written", health.GetProperty("description").GetString(), StringComparison.Ordinal);
        }

        var retried = await form.SubmitAsync(editor);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.GetPageAsync("/topics/alliances-under-load")).Response.StatusCode);
    }

    [Fact]
    public async Task The_site_refuses_to_start_on_a_read_only_database_saying_why_with_a_non_zero_exit_code()
    {
        var folder = Directory.CreateTempSubdirectory("atlas-readonly-");
        var database = Path.Combine(folder.FullName, "atlas.db");
        File.WriteAllBytes(database, []);
        try
        {
            using (ReadOnlyFile.Make(database))
            {
                var (exitCode, output) = await BuiltSite.RunUntilExitAsync(
                    ("ConnectionStrings__Atlas", $"Data Source={database}"), ("Content__Path", Repository.PathOf("content")));

                Assert.Equal(1, exitCode);
                Assert.Contains($"AllianceAtlas cannot start: The database file {database}", output, StringComparison.Ordinal);
                Assert.Contains("cannot be written", output, StringComparison.Ordinal);
                Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
