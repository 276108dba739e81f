using System.Net;
using AllianceAtlas.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace AllianceAtlas.Tests.Data;

/// <summary>
/// Two instances of the site serving one real PostgreSQL database, as behind a load balancer: whichever instance a
/// request reaches, an editor stays signed in and readers see the latest save.
/// </summary>
public sealed class SharedPostgresDatabaseTests : IDisposable
{
    private readonly string _database = PostgresServer.Instance.CreateDatabase();
    private readonly SharedPostgresApp _first;
    private readonly SharedPostgresApp _second;

    public SharedPostgresDatabaseTests()
    {
        _first = new SharedPostgresApp(_database);
        _second = new SharedPostgresApp(_database);
    }

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
        PostgresServer.Instance.DropDatabase(_database);
    }

    /// <summary>A browser's cookie jar, shared by clients of both instances as one browser behind a balancer would be.</summary>
    private static (HttpClient First, HttpClient Second) OneBrowser(AtlasApp first, AtlasApp second)
    {
        var jar = new CookieContainer();
        return (first.CreateDefaultClient(new CookieContainerHandler(jar)), second.CreateDefaultClient(new CookieContainerHandler(jar)));
    }

    [Fact]
    public async Task An_editor_signed_in_on_one_instance_is_signed_in_on_the_other()
    {
        _ = _second.Server;
        var email = $"shared-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.CreateAsync(_first, email, "Editor");
        var (first, second) = OneBrowser(_first, _second);
        using (first)
        using (second)
        {
            var signIn = await EditorAccounts.SignInAsync(first, email, EditorAccounts.Password);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

            var admin = await second.GetAsync(new Uri("/admin", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        }
    }

    [Fact]
    public async Task An_edit_saved_on_one_instance_is_what_readers_of_the_other_see_next()
    {
        using var reader = _second.CreateReader();
        var before = await reader.GetStringAsync(new Uri("/alliances/anzus", UriKind.Relative));
        Assert.Contains("ANZUS", before, StringComparison.Ordinal);
        var email = $"shared-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.CreateAsync(_first, email, "Editor");
        using var editor = await EditorAccounts.SignedInClientAsync(_first, email);
        int id;
        using (var db = _first.CreateDbContext())
        {
            id = db.Alliances.Single(a => a.Slug == "anzus").Id;
        }

        var editPath = $"/admin/alliances/{id}/edit";
        var (_, page) = await EditorAccounts.GetAsync(editor, editPath);
        var marker = $"Edited on the first instance {Guid.NewGuid():N}.";
        var saved = await BrowserlessForm.From(page, editPath, button: "Save").Set("Form.Summary", marker).SubmitAsync(editor);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // The notification travels through PostgreSQL to the other instance's listener; allow it a moment.
        var after = "";
        for (var attempt = 0; attempt < 50 && !after.Contains(marker, StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            after = await reader.GetStringAsync(new Uri("/alliances/anzus", UriKind.Relative));
        }

        Assert.Contains(marker, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instances_started_together_on_an_empty_database_migrate_and_seed_it_once()
    {
        var database = PostgresServer.Instance.CreateDatabase();
        try
        {
            using var first = new SharedPostgresApp(database);
            using var second = new SharedPostgresApp(database);

            // Both start at once, as two instances behind a balancer do after a deployment.
            await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));

            foreach (var app in new[] { first, second })
            {
                using var client = app.CreateReader();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);
            }

            using var db = first.CreateDbContext();
            var slugs = db.Alliances.Select(a => a.Slug).ToList();
            Assert.Contains("nato", slugs);
            Assert.Equal(slugs.Count, slugs.Distinct().Count());
        }
        finally
        {
            PostgresServer.Instance.DropDatabase(database);
        }
    }

    [Fact]
    public async Task Search_on_postgresql_finds_other_forms_of_a_word_and_ignores_accents()
    {
        var (_, stemmed) = await _first.GetPageAsync("/search?q=treaties");
        var (_, unaccented) = await _first.GetPageAsync("/search?q=milosevic");

        Assert.Contains(stemmed.QuerySelectorAll("main mark"), mark => mark.TextContent.Equals("treaty", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(unaccented.QuerySelectorAll("main mark"), mark => mark.TextContent == "Milošević");
    }
}
