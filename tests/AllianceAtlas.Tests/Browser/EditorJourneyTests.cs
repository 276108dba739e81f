using System.Text.RegularExpressions;
using AllianceAtlas.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AllianceAtlas.Tests.Browser;

public sealed class EditorJourneyTests(LiveAtlas atlas) : IClassFixture<LiveAtlas>
{
    [Fact]
    public async Task An_editor_signs_in_adds_an_alliance_with_two_members_publishes_it_and_readers_find_it()
    {
        await EditorAccounts.CreateAsync(atlas, "journey@example.org", "Editor");
        var page = await atlas.OpenAsync("/admin");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin/login"));
        await page.GetByLabel("Email address").FillAsync("journey@example.org");
        await page.GetByLabel("Password").FillAsync(EditorAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Editors' area" })).ToBeVisibleAsync();

        await page.GotoAsync("/admin/alliances/new");
        await page.GetByLabel("Full name").FillAsync("Baltic Sea Accord");
        await page.GetByLabel("Short name").FillAsync("BSA");
        await page.GetByLabel("Address", new() { Exact = false }).First.FillAsync("baltic-sea-accord");
        await page.GetByLabel("Founded").FillAsync("1995-06-01");
        await page.GetByLabel("Summary").FillAsync("An accord made up for a browser test.");
        await page.GetByLabel("Essay").FillAsync("## Origins\n\nTwo states agreed.");
        await page.GetByLabel("Row 1: country code").FillAsync("FI");
        await page.GetByLabel("Row 1: joined").FillAsync("1995-06-01");
        await page.GetByLabel("Row 1: role").SelectOptionAsync("FoundingMember");
        await page.GetByLabel("Row 2: country code").FillAsync("EE");
        await page.GetByLabel("Row 2: joined").FillAsync("1996-01-15");
        await Assertions.Expect(page.GetByLabel("Published: readers can see it")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("p.notice[role=status]")).ToContainTextAsync("Saved Baltic Sea Accord.");

        await page.GotoAsync("/alliances/baltic-sea-accord");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Baltic Sea Accord");
        await Assertions.Expect(page.Locator("table tbody tr")).ToHaveCountAsync(2);

        await page.GotoAsync("/timeline?alliance=baltic-sea-accord");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Estonia joins BSA" })).ToBeVisibleAsync();
    }
}
