using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Admin;

/// <summary>Events, topics, countries and sources: each can be created, corrected, traced and deleted.</summary>
public sealed class EntryEditingTests(TestContentApp app) : IClassFixture<TestContentApp>, IAsyncLifetime
{
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        var email = $"entries-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.CreateAsync(app, email, "Editor");
        _editor = await EditorAccounts.SignedInClientAsync(app, email);
    }

    public Task DisposeAsync()
    {
        _editor.Dispose();
        return Task.CompletedTask;
    }

    private async Task<string> SubmitNewAsync(string newPath, params (string Field, string Value)[] values)
    {
        var (_, page) = await EditorAccounts.GetAsync(_editor, newPath);
        var form = BrowserlessForm.From(page, newPath, button: "Save");
        foreach (var (field, value) in values)
        {
            form.Set(field, value);
        }

        var response = await form.SubmitAsync(_editor);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            (await BrowserlessForm.ParseAsync(response)).QuerySelector(".form-errors")?.TextContent);
        return response.Headers.Location!.OriginalString;
    }

    [Fact]
    public async Task A_new_turning_point_appears_on_the_public_site_and_on_the_timeline()
    {
        await SubmitNewAsync("/admin/events/new",
            ("Form.Title", "The test accord"), ("Form.Slug", "test-accord"), ("Form.Date", "1975-08"), ("Form.Kind", "Treaty"),
            ("Form.IsTurningPoint", "true"), ("Form.Summary", "An accord for tests."), ("Form.Body", "## Why it mattered\n\nBecause."),
            ("Form.Alliances", "test-pact"));

        var (response, page) = await app.GetPageAsync("/turning-points/test-accord");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1975-08", page.QuerySelector("main time")!.GetAttribute("datetime"));
        var (_, timeline) = await app.GetPageAsync("/timeline?alliance=test-pact&kind=turning-point");
        Assert.NotNull(timeline.QuerySelector("a[href='/turning-points/test-accord']"));
    }

    [Fact]
    public async Task A_turning_point_without_an_essay_or_with_a_bad_date_is_refused_with_its_fields_kept()
    {
        var (_, page) = await EditorAccounts.GetAsync(_editor, "/admin/events/new");
        var response = await BrowserlessForm.From(page, "/admin/events/new", button: "Save")
            .Set("Form.Title", "Half an event").Set("Form.Slug", "half-event").Set("Form.Date", "1975-02-30")
            .Set("Form.IsTurningPoint", "true").Set("Form.Summary", "Unfinished.")
            .SubmitAsync(_editor);

        var result = await BrowserlessForm.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("YYYY, YYYY-MM or YYYY-MM-DD", result.QuerySelector("[data-valmsg-for='Form.Date']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("needs its essay", result.QuerySelector("[data-valmsg-for='Form.Body']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Half an event", result.QuerySelector("input[name='Form.Title']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_topic_edit_is_a_revision_a_teacher_can_link_to_and_an_old_address_redirects()
    {
        var (_, list) = await EditorAccounts.GetAsync(_editor, "/admin/topics");
        var editPath = list.QuerySelector("a[href$='/edit']")!.GetAttribute("href")!;
        var (_, page) = await EditorAccounts.GetAsync(_editor, editPath);
        var form = BrowserlessForm.From(page, editPath, button: "Save");
        var originalBody = form.Value("Form.Body")!;

        await form.Set("Form.Body", originalBody + "\n\n## A new section\n\nAdded by an editor.").Set("EditSummary", "New section").SubmitAsync(_editor);
        var (_, second) = await EditorAccounts.GetAsync(_editor, editPath);
        await BrowserlessForm.From(second, editPath, button: "Save").Set("Form.Slug", "testing-alliances-renamed").SubmitAsync(_editor);

        var (moved, _) = await app.GetPageAsync("/topics/test-topic");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/topics/testing-alliances-renamed", moved.Headers.Location!.OriginalString);
        var (_, history) = await EditorAccounts.GetAsync(_editor, editPath.Replace("/edit", "/history", StringComparison.Ordinal));
        var firstLink = history.QuerySelectorAll("a[href*='?rev=']").Select(a => a.GetAttribute("href")!).Last(h => h.StartsWith("/topics/", StringComparison.Ordinal));
        var (old, oldPage) = await app.GetPageAsync(firstLink);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.NotNull(oldPage.GetElementById("a-new-section"));
        Assert.Contains("You are reading revision 1", oldPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_country_is_added_and_corrected_and_one_still_named_by_members_cannot_be_deleted()
    {
        var editPath = await SubmitNewAsync("/admin/countries/new", ("Form.Code", "XTL"), ("Form.Name", "Testland"),
            ("Form.From", "1900"), ("Form.To", "1950"), ("Form.Successors", "FR, DE"));
        Assert.Equal("/admin/countries/XTL/edit", editPath);
        var (response, page) = await app.GetPageAsync("/countries/xtl");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("a[href='/countries/fr']"));

        var (_, confirm) = await EditorAccounts.GetAsync(_editor, "/admin/countries/FR/delete");
        Assert.Contains("cannot be deleted while", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(confirm.QuerySelector("main form"));

        var (_, testland) = await EditorAccounts.GetAsync(_editor, "/admin/countries/XTL/delete");
        var deleted = await BrowserlessForm.From(testland, "/admin/countries/XTL/delete").SubmitAsync(_editor);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetPageAsync("/countries/xtl")).Response.StatusCode);
    }

    [Fact]
    public async Task Correcting_a_source_corrects_it_on_every_entry_that_cites_it()
    {
        var (_, list) = await EditorAccounts.GetAsync(_editor, "/admin/sources");
        var editPath = list.QuerySelector("a[href$='/edit']")!.GetAttribute("href")!;
        var (_, page) = await EditorAccounts.GetAsync(_editor, editPath);

        var response = await BrowserlessForm.From(page, editPath, button: "Save")
            .Set("Form.Title", "The Test Treaty, corrected").Set("Form.Url", "https://example.org/treaty").SubmitAsync(_editor);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, alliance) = await app.GetPageAsync("/alliances/test-pact");
        Assert.Equal("https://example.org/treaty", alliance.QuerySelector(".sources a")!.GetAttribute("href"));
        Assert.Equal("The Test Treaty, corrected", alliance.QuerySelector(".sources a")!.TextContent);
    }
}
