using System.Text.RegularExpressions;
using AllianceAtlas.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AllianceAtlas.Tests.Browser;

/// <summary>The editors' pages meet the same bar as the readers': accessible, phone-sized, on record as screenshots.</summary>
public sealed class AdminPagesTests(LiveAtlas atlas) : IClassFixture<LiveAtlas>
{
    private async Task<IPage> SignedInAsync(int width)
    {
        var email = $"a11y-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.CreateAsync(atlas, email, "Admin", "Editor");
        var page = await atlas.OpenAsync("/admin/login", width: width);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(EditorAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/admin$"));
        return page;
    }

    [Fact]
    public async Task Every_admin_page_passes_axe_and_fits_a_phone()
    {
        var desktop = await SignedInAsync(1280);
        var phone = await SignedInAsync(375);
        var folder = Repository.OutputFolder("screenshots");
        var problems = new List<string>();
        foreach (var (name, path) in PageTypes.Admin)
        {
            var response = await desktop.GotoAsync(path);
            Assert.True(response!.Ok, $"{path} answered {response.Status}");
            var result = await desktop.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            });
            problems.AddRange(result.Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{name}: {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}"));
            await desktop.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-desktop.png"), FullPage = true });

            await phone.GotoAsync(path);
            var width = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > 375)
            {
                problems.Add($"{name} is {width}px wide at 375px");
            }

            await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"{name}-phone.png"), FullPage = true });
        }

        Assert.Empty(problems);
    }
}
