using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Security;

/// <summary>No browser or proxy may keep a copy of what an editor was shown.</summary>
public sealed class EditorResponsesTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    [Fact]
    public async Task Every_signed_in_response_and_every_admin_page_says_no_store()
    {
        await EditorAccounts.CreateAsync(app, "no-store@example.org", "Editor");
        using var editor = await EditorAccounts.SignedInClientAsync(app, "no-store@example.org");
        var (_, list) = await EditorAccounts.GetAsync(editor, "/admin/alliances");
        var edit = list.QuerySelector("a[href$='/edit']")!.GetAttribute("href")!;
        var history = edit.Replace("/edit", "/history", StringComparison.Ordinal);

        foreach (var path in new[] { "/admin/alliances", edit, history, "/alliances/test-pact", "/alliances/test-pact?preview=draft", "/", "/api/alliances" })
        {
            using var response = await editor.GetAsync(new Uri(path, UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path} says Cache-Control: {response.Headers.CacheControl}");
        }

        using var reader = app.CreateReader();
        using var login = await reader.GetAsync(new Uri("/admin/login", UriKind.Relative));
        Assert.True(login.Headers.CacheControl?.NoStore == true, $"/admin/login says Cache-Control: {login.Headers.CacheControl}");
    }

    [Fact]
    public async Task Readers_pages_stay_cacheable_and_are_never_mixed_with_an_editors()
    {
        await EditorAccounts.CreateAsync(app, "mixed@example.org", "Editor");
        using var editor = await EditorAccounts.SignedInClientAsync(app, "mixed@example.org");
        using var reader = app.CreateReader();

        using var editorsPage = await editor.GetAsync(new Uri("/alliances/test-pact", UriKind.Relative));
        using var first = await reader.GetAsync(new Uri("/alliances/test-pact", UriKind.Relative));
        using var second = await reader.GetAsync(new Uri("/alliances/test-pact", UriKind.Relative));
        using var editorsAgain = await editor.GetAsync(new Uri("/alliances/test-pact", UriKind.Relative));

        Assert.False(first.Headers.CacheControl?.NoStore ?? false);
        Assert.True(second.Headers.Age.HasValue, "a reader's second request is served from the cache");
        Assert.False(editorsAgain.Headers.Age.HasValue, "an editor is never served a cached page");
        Assert.True(editorsAgain.Headers.CacheControl?.NoStore == true);
    }
}
