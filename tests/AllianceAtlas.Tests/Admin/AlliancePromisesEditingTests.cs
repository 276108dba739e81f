using System.Net;
using AllianceAtlas.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Tests.Admin;

public sealed class AlliancePromisesEditingTests(TestContentApp app) : IClassFixture<TestContentApp>
{
    [Fact]
    public async Task An_editors_save_keeps_the_promises_and_phases_which_the_form_shows_read_only()
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.CreateAsync(app, email, "Editor");
        using var editor = await EditorAccounts.SignedInClientAsync(app, email);
        int id;
        await using (var db = app.CreateDbContext())
        {
            id = (await db.Alliances.SingleAsync(a => a.Slug == "test-pact")).Id;
        }

        var editPath = $"/admin/alliances/{id}/edit";
        var (_, page) = await EditorAccounts.GetAsync(editor, editPath);
        var shown = page.QuerySelectorAll("fieldset").Single(f => f.QuerySelector("legend")?.TextContent == "What the members promised");
        Assert.Equal(3, shown.QuerySelectorAll("li.promise").Length);
        Assert.Empty(shown.QuerySelectorAll("input, select, textarea"));

        var response = await BrowserlessForm.From(page, editPath, button: "Save")
            .Set("Form.Summary", "A pact that exists only in tests, edited.")
            .Set("EditSummary", "Shorter")
            .SubmitAsync(editor);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = app.CreateDbContext();
        var pact = await check.Alliances.Include(a => a.Obligations).Include(a => a.Phases).Include(a => a.Memberships)
            .AsSplitQuery().SingleAsync(a => a.Id == id);
        Assert.Equal("A pact that exists only in tests, edited.", pact.Summary);
        Assert.Equal(3, pact.Memberships.Count);
        Assert.Equal(2, pact.Obligations.Count);
        Assert.Equal(["1950 treaty", "1990 revision"], pact.Phases.OrderBy(p => p.Position).Select(p => p.Name));
        var (_, reader) = await app.GetPageAsync("/alliances/test-pact");
        Assert.Equal(3, reader.GetElementById("promises")!.ParentElement!.QuerySelectorAll("li.promise").Length);
    }
}
