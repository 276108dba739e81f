using System.Net;
using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Pages.Admin;
using AllianceAtlas.Web.Pages.Admin.Topics;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Tests.Topics;

public sealed class TopicPagesTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    [Fact]
    public async Task The_index_lists_every_theme_in_order()
    {
        var (response, document) = await app.GetPageAsync("/topics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = document.QuerySelectorAll(".card a").Select(a => a.GetAttribute("href")!).ToList();
        await using var db = app.CreateDbContext();
        var expected = await db.Topics.OrderBy(t => t.Order).Select(t => "/topics/" + t.Slug).ToListAsync();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, links);
    }

    [Fact]
    public async Task A_topic_has_a_table_of_contents_whose_links_reach_headings_with_stable_ids()
    {
        var (response, document) = await app.GetPageAsync("/topics/legal-frameworks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tocTargets = document.QuerySelectorAll(".toc a").Select(a => a.GetAttribute("href")!.TrimStart('#')).ToList();
        Assert.True(tocTargets.Count >= 4);
        foreach (var target in tocTargets)
        {
            Assert.NotNull(document.GetElementById(target));
        }

        Assert.Contains("discussion-questions", tocTargets);
        Assert.All(document.QuerySelectorAll(".prose h2, .prose h3"), heading => Assert.False(string.IsNullOrEmpty(heading.Id)));
    }

    [Fact]
    public async Task Section_ids_are_the_same_on_every_request()
    {
        var (_, first) = await app.GetPageAsync("/topics/nato-case-study");
        var (_, second) = await app.GetPageAsync("/topics/nato-case-study");

        Assert.Equal(
            first.QuerySelectorAll(".prose h2").Select(h => h.Id),
            second.QuerySelectorAll(".prose h2").Select(h => h.Id));
    }

    [Fact]
    public async Task A_draft_topic_s_revision_answers_readers_404_and_editors_the_draft()
    {
        int revisionId;
        await using (var db = app.CreateDbContext())
        {
            var draft = new Topic { Slug = "unpublished-theme", Title = "Unpublished theme", Summary = "Not yet.", Order = 999, IsPublished = false };
            db.Topics.Add(draft);
            await db.SaveChangesAsync();
            var revision = await RevisionLog.AddAsync(db, EditModel.Type, draft.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                draft.Slug, draft.Title, isPublished: false, TopicForm.From(draft), "someone@example.org", "Draft", DateTime.UtcNow, default);
            await db.SaveChangesAsync();
            revisionId = revision.Id;
        }

        var (hidden, hiddenPage) = await app.GetPageAsync($"/topics/unpublished-theme?rev={revisionId}");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain("Unpublished theme", hiddenPage.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var email = $"editor-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.CreateAsync(app, email, "Editor");
        using var editor = await EditorAccounts.SignedInClientAsync(app, email);
        var (shown, shownPage) = await EditorAccounts.GetAsync(editor, $"/topics/unpublished-theme?rev={revisionId}");
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Equal("Unpublished theme", shownPage.QuerySelector("h1")!.TextContent.Trim());
    }
}
