using System.Net;
using AllianceAtlas.Tests.Infrastructure;
using AngleSharp.Html.Dom;

namespace AllianceAtlas.Tests.Admin;

public sealed class AllianceEditingTests(TestContentApp app) : IClassFixture<TestContentApp>, IAsyncLifetime
{
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.CreateAsync(app, email, "Editor");
        _editor = await EditorAccounts.SignedInClientAsync(app, email);
    }

    public Task DisposeAsync()
    {
        _editor.Dispose();
        return Task.CompletedTask;
    }

    private async Task<BrowserlessForm> NewAllianceFormAsync(string slug, string button = "Save")
    {
        var (_, page) = await EditorAccounts.GetAsync(_editor, "/admin/alliances/new");
        return BrowserlessForm.From(page, "/admin/alliances/new", button: button)
            .Set("Form.Name", "North Sea Pact")
            .Set("Form.ShortName", "NSP")
            .Set("Form.Slug", slug)
            .Set("Form.Kind", "CollectiveDefence")
            .Set("Form.Founded", "1960-01-01")
            .Set("Form.Summary", "A pact invented for a test.")
            .Set("Form.Body", "## Origins\n\nIt began <script>alert(1)</script> in 1960.")
            .Check("Form.Regions", "europe")
            .Set("Form.Members[0].Country", "FR")
            .Set("Form.Members[0].Joined", "1960-01-01")
            .Set("Form.Members[0].Role", "FoundingMember")
            .Set("Form.Members[1].Country", "DE")
            .Set("Form.Members[1].Joined", "1961-05-01")
            .Set("Form.Sources[0].Title", "The North Sea Treaty")
            .Set("EditSummary", "First version");
    }

    private async Task<string> CreateAsync(string slug, Action<BrowserlessForm>? change = null)
    {
        var form = await NewAllianceFormAsync(slug);
        change?.Invoke(form);
        var response = await form.SubmitAsync(_editor);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private async Task<(BrowserlessForm Form, IHtmlDocument Page)> EditFormAsync(string editPath, string button = "Save")
    {
        var (_, page) = await EditorAccounts.GetAsync(_editor, editPath);
        return (BrowserlessForm.From(page, editPath, button: button), page);
    }

    [Fact]
    public async Task An_editor_adds_an_alliance_with_two_members_and_readers_see_it_and_its_accession()
    {
        var editPath = await CreateAsync("north-sea-pact");

        Assert.Matches(@"^/admin/alliances/\d+/edit$", editPath);
        var (response, page) = await app.GetPageAsync("/alliances/north-sea-pact");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("North Sea Pact", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("table tbody tr").Length);
        Assert.Contains("&lt;script&gt;", page.QuerySelector(".prose")!.InnerHtml, StringComparison.Ordinal);
        var (_, timeline) = await app.GetPageAsync("/timeline?alliance=north-sea-pact");
        Assert.Contains(timeline.QuerySelectorAll(".timeline__item h3"), h => h.TextContent.Trim() == "Germany joins NSP");
    }

    [Fact]
    public async Task Invalid_input_is_explained_next_to_each_field_and_everything_typed_is_kept()
    {
        var form = await NewAllianceFormAsync("Bad Slug!");
        form.Set("Form.Founded", "1960-13-01")
            .Set("Form.Dissolved", "")
            .Set("Form.Members[1].Country", "QQ")
            .Set("Form.Members[0].Joined", "1950-01-01");

        var response = await form.SubmitAsync(_editor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserlessForm.ParseAsync(response);
        string ErrorFor(string field) => page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent ?? "";
        Assert.Contains("lowercase letters, digits and single hyphens", ErrorFor("Form.Slug"), StringComparison.Ordinal);
        Assert.Contains("YYYY, YYYY-MM or YYYY-MM-DD", ErrorFor("Form.Founded"), StringComparison.Ordinal);
        Assert.Equal("Bad Slug!", page.QuerySelector("input[name='Form.Slug']")!.GetAttribute("value"));
        Assert.Equal("QQ", page.QuerySelector("input[name='Form.Members[1].Country']")!.GetAttribute("value"));
        Assert.Equal("A pact invented for a test.", page.QuerySelector("textarea[name='Form.Summary']")!.TextContent);
        Assert.NotNull(page.QuerySelector(".form-errors li"));

        form.Set("Form.Slug", "fixed-pact").Set("Form.Founded", "1960-01-01");
        var second = await BrowserlessForm.ParseAsync(await form.SubmitAsync(_editor));
        Assert.Contains("unknown country code 'QQ'", second.QuerySelector("[data-valmsg-for='Form.Members[1].Country']")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("before North Sea Pact was founded", second.QuerySelector("[data-valmsg-for='Form.Members[0].Joined']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetPageAsync("/alliances/fixed-pact")).Response.StatusCode);
    }

    [Fact]
    public async Task Dates_in_other_digits_than_0_to_9_are_refused_in_every_date_field_with_what_was_typed_kept()
    {
        const string arabicYear = "١٩٦٠";
        var form = await NewAllianceFormAsync("digits-pact");
        form.Set("Form.Founded", arabicYear).Set("Form.Dissolved", arabicYear)
            .Set("Form.Members[0].Joined", arabicYear).Set("Form.Members[0].Left", arabicYear);

        var response = await form.SubmitAsync(_editor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserlessForm.ParseAsync(response);
        foreach (var field in new[] { "Form.Founded", "Form.Dissolved", "Form.Members[0].Joined", "Form.Members[0].Left" })
        {
            Assert.Contains("write it with the digits 0 to 9", page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent ?? "", StringComparison.Ordinal);
            Assert.Equal(arabicYear, page.QuerySelector($"input[name='{field}']")!.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task Dissolution_before_founding_and_a_taken_slug_are_refused()
    {
        await CreateAsync("taken-pact");
        var form = await NewAllianceFormAsync("taken-pact");
        form.Set("Form.Dissolved", "1959");

        var page = await BrowserlessForm.ParseAsync(await form.SubmitAsync(_editor));

        Assert.Contains("already uses the address /alliances/taken-pact", page.QuerySelector("[data-valmsg-for='Form.Slug']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("cannot end", page.QuerySelector("[data-valmsg-for='Form.Dissolved']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_renders_the_essay_without_saving_and_keeps_the_form()
    {
        var form = await NewAllianceFormAsync("preview-pact", button: "Preview the essay");

        var page = await BrowserlessForm.ParseAsync(await form.SubmitAsync(_editor));

        Assert.Equal("Origins", page.QuerySelector(".preview .prose h2")!.TextContent);
        Assert.Equal("preview-pact", page.QuerySelector("input[name='Form.Slug']")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetPageAsync("/alliances/preview-pact")).Response.StatusCode);
    }

    [Fact]
    public async Task A_draft_is_hidden_from_readers_but_an_editor_can_preview_it()
    {
        await CreateAsync("draft-pact", form => form.Uncheck("Form.IsPublished").Set("Form.IsPublished", "false"));

        Assert.Equal(HttpStatusCode.NotFound, (await app.GetPageAsync("/alliances/draft-pact")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetPageAsync("/alliances/draft-pact?preview=draft")).Response.StatusCode);
        var (_, list) = await app.GetPageAsync("/alliances");
        Assert.Null(list.QuerySelector("a[href='/alliances/draft-pact']"));
        var (_, timeline) = await app.GetPageAsync("/timeline");
        Assert.Null(timeline.QuerySelector("a[href='/alliances/draft-pact']"));

        var (response, preview) = await EditorAccounts.GetAsync(_editor, "/alliances/draft-pact?preview=draft");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Draft: only editors can see this page", preview.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_s_revision_link_is_hidden_from_readers_as_its_page_is_but_not_from_editors()
    {
        await CreateAsync("secret-draft-pact", form => form.Set("Form.Name", "Secret Draft Pact").Uncheck("Form.IsPublished").Set("Form.IsPublished", "false"));
        var revision = await RevisionIdAsync("secret-draft-pact");

        var (hidden, hiddenPage) = await app.GetPageAsync($"/alliances/secret-draft-pact?rev={revision}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain("Secret Draft Pact", hiddenPage.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var (shown, shownPage) = await EditorAccounts.GetAsync(_editor, $"/alliances/secret-draft-pact?rev={revision}");
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("Secret Draft Pact", shownPage.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_deleted_alliance_s_deletion_revision_is_not_readable_but_its_published_revisions_stay_permanent()
    {
        var editPath = await CreateAsync("vanished-pact");
        var published = await RevisionIdAsync("vanished-pact");
        var deletePath = editPath.Replace("/edit", "/delete", StringComparison.Ordinal);
        var (_, confirm) = await EditorAccounts.GetAsync(_editor, deletePath);
        await BrowserlessForm.From(confirm, deletePath).Set("EditSummary", "Invented").SubmitAsync(_editor);
        var deletion = await RevisionIdAsync("vanished-pact");

        Assert.NotEqual(published, deletion);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetPageAsync($"/alliances/vanished-pact?rev={deletion}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.GetPageAsync($"/alliances/vanished-pact?rev={published}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await EditorAccounts.GetAsync(_editor, $"/alliances/vanished-pact?rev={deletion}")).Response.StatusCode);
    }

    /// <summary>The newest revision saved under an alliance address.</summary>
    private async Task<int> RevisionIdAsync(string slug)
    {
        await using var db = app.CreateDbContext();
        return db.Revisions.Where(r => r.EntryType == "alliances" && r.Slug == slug).Max(r => r.Id);
    }

    [Fact]
    public async Task A_control_character_in_any_field_is_refused_naming_the_field_while_an_essay_keeps_its_tabs_and_lines()
    {
        var form = await NewAllianceFormAsync("control-pact");
        form.Set("Form.Name", "North\u000bSea Pact")
            .Set("Form.Members[1].Joined", "1961\u0001-05-01")
            .Set("Form.Body", "## Origins\r\n\r\n\tIt began in 1960.\n");

        var response = await form.SubmitAsync(_editor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserlessForm.ParseAsync(response);
        string ErrorFor(string field) => page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent ?? "";
        Assert.Contains("Name contains a control character", ErrorFor("Form.Name"), StringComparison.Ordinal);
        Assert.Contains("Joined in row 2 contains a control character", ErrorFor("Form.Members[1].Joined"), StringComparison.Ordinal);
        Assert.Equal("", ErrorFor("Form.Body"));
        Assert.Equal("North\u000bSea Pact", page.QuerySelector("input[name='Form.Name']")!.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetPageAsync("/alliances/control-pact")).Response.StatusCode);

        var fixedForm = await NewAllianceFormAsync("control-pact");
        var saved = await fixedForm.Set("Form.Body", "## Origins\r\n\r\n\tIt began in 1960.\n").SubmitAsync(_editor);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    [Fact]
    public async Task A_stale_save_is_refused_with_both_versions_side_by_side_and_nothing_overwritten()
    {
        var editPath = await CreateAsync("contested-pact");
        var (first, _) = await EditFormAsync(editPath);
        var (second, _) = await EditFormAsync(editPath);

        var firstSave = await first.Set("Form.Name", "Name From Tab One").SubmitAsync(_editor);
        Assert.True(firstSave.StatusCode == HttpStatusCode.Redirect, (await BrowserlessForm.ParseAsync(firstSave)).QuerySelector(".form-errors")?.TextContent);
        var conflict = await second.Set("Form.Name", "Name From Tab Two").SubmitAsync(_editor);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = await BrowserlessForm.ParseAsync(conflict);
        Assert.Contains("Someone else saved this alliance", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        var nameRow = page.QuerySelectorAll(".conflict tbody tr").Single(row => row.QuerySelector("th")!.TextContent == "Name");
        Assert.Contains("Name From Tab One", nameRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("Name From Tab Two", nameRow.TextContent, StringComparison.Ordinal);
        Assert.Equal("Name From Tab Two", page.QuerySelector("input[name='Form.Name']")!.GetAttribute("value"));
        Assert.Equal("Name From Tab One", (await app.GetPageAsync("/alliances/contested-pact")).Document.QuerySelector("h1")!.TextContent);

        var resubmit = BrowserlessForm.From(page, editPath, button: "Save");
        Assert.Equal(HttpStatusCode.Redirect, (await resubmit.SubmitAsync(_editor)).StatusCode);
        Assert.Equal("Name From Tab Two", (await app.GetPageAsync("/alliances/contested-pact")).Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Every_save_is_a_revision_with_a_readable_diff_and_any_revision_can_be_restored()
    {
        var editPath = await CreateAsync("revised-pact");
        var historyPath = editPath.Replace("/edit", "/history", StringComparison.Ordinal);
        var (form, _) = await EditFormAsync(editPath);
        await form.Set("Form.Name", "Revised Pact").Set("EditSummary", "Renamed").SubmitAsync(_editor);

        var (_, history) = await EditorAccounts.GetAsync(_editor, historyPath);
        var rows = history.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("Renamed", rows[0].TextContent, StringComparison.Ordinal);
        var diff = history.QuerySelector("pre.diff")!;
        Assert.Contains("- Name: North Sea Pact", diff.QuerySelector(".diff-removed")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("+ Name: Revised Pact", diff.QuerySelector(".diff-added")!.TextContent, StringComparison.Ordinal);

        var restore = BrowserlessForm.From(history, historyPath, formSelector: "tbody tr:last-child form");
        Assert.Equal(HttpStatusCode.Redirect, (await restore.SubmitAsync(_editor)).StatusCode);

        Assert.Equal("North Sea Pact", (await app.GetPageAsync("/alliances/revised-pact")).Document.QuerySelector("h1")!.TextContent);
        var (_, after) = await EditorAccounts.GetAsync(_editor, historyPath);
        Assert.Equal(3, after.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Restored revision 1", after.QuerySelectorAll("tbody tr")[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_keeps_the_old_address_working_and_revision_links_stay_permanent()
    {
        var editPath = await CreateAsync("old-name-pact");
        var (_, history) = await EditorAccounts.GetAsync(_editor, editPath.Replace("/edit", "/history", StringComparison.Ordinal));
        var firstRevisionLink = history.QuerySelector("a[href*='?rev=']:not([href^='?'])")!.GetAttribute("href")!;
        var (form, _) = await EditFormAsync(editPath);
        await form.Set("Form.Slug", "new-name-pact").Set("Form.Name", "New Name Pact").SubmitAsync(_editor);

        var (moved, _) = await app.GetPageAsync("/alliances/old-name-pact");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/alliances/new-name-pact", moved.Headers.Location!.OriginalString);

        var (old, oldPage) = await app.GetPageAsync(firstRevisionLink);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal("North Sea Pact", oldPage.QuerySelector("h1")!.TextContent);
        Assert.Contains("You are reading revision 1", oldPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var (_, current) = await app.GetPageAsync("/alliances/new-name-pact");
        Assert.Equal("New Name Pact", current.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Deleting_hides_the_alliance_from_readers_and_keeps_its_history()
    {
        var editPath = await CreateAsync("doomed-pact");
        var deletePath = editPath.Replace("/edit", "/delete", StringComparison.Ordinal);
        var (_, confirm) = await EditorAccounts.GetAsync(_editor, deletePath);

        var response = await BrowserlessForm.From(confirm, deletePath).Set("EditSummary", "Invented").SubmitAsync(_editor);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetPageAsync("/alliances/doomed-pact")).Response.StatusCode);
        var (_, history) = await EditorAccounts.GetAsync(_editor, editPath.Replace("/edit", "/history", StringComparison.Ordinal));
        Assert.Contains("Deleted. Invented", history.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
    }
}
