using System.Text.RegularExpressions;
using AllianceAtlas.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AllianceAtlas.Tests.Browser;

public sealed class ReaderJourneyTests(LiveAtlas atlas) : IClassFixture<LiveAtlas>
{
    [Fact]
    public async Task A_reader_goes_from_home_to_nato_to_a_member_to_the_timeline_to_a_turning_point()
    {
        var page = await atlas.OpenAsync("/");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Alliances" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/alliances$"));

        await page.GetByRole(AriaRole.Link, new() { Name = "North Atlantic Treaty Organization", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/alliances/nato$"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("North Atlantic Treaty Organization");

        await page.Locator("table").First.GetByRole(AriaRole.Link, new() { Name = "Finland", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/countries/fi$"));
        var memberships = page.GetByRole(AriaRole.Table, new() { Name = "Finland's alliance memberships" });
        await Assertions.Expect(memberships).ToContainTextAsync("4 April 2023");

        await memberships.GetByRole(AriaRole.Link, new() { Name = "North Atlantic Treaty Organization", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Everything about NATO on the timeline" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/timeline\\?alliance=nato$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Finland joins NATO" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Finland joins NATO" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/(turning-points/finland-joins-nato|alliances/nato)$"));
    }

    [Fact]
    public async Task A_reader_filters_the_alliances_and_the_address_keeps_the_filter()
    {
        var page = await atlas.OpenAsync("/alliances");

        await page.GetByLabel("Status").SelectOptionAsync("defunct");
        await page.GetByLabel("Filter alliances").GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("status=defunct"));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Warsaw Treaty Organization", Exact = false })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tbody a[href='/alliances/nato']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_reader_filters_the_timeline_to_turning_points_and_lands_on_one()
    {
        var page = await atlas.OpenAsync("/timeline");

        await page.GetByLabel("Kind").SelectOptionAsync("turning-point");
        await page.GetByLabel("Filter the timeline").GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("kind=turning-point"));

        await page.Locator(".timeline__item h3 a[href='/turning-points/berlin-wall-falls']").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/turning-points/berlin-wall-falls$"));
    }

    [Fact]
    public async Task A_teacher_copies_a_section_link_with_the_button_beside_its_heading()
    {
        var page = await atlas.OpenAsync("/topics/legal-frameworks");
        var heading = page.Locator(".prose h2[id]").Nth(2);
        var id = await heading.GetAttributeAsync("id");

        await heading.GetByRole(AriaRole.Button).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("copied");
        var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.EndsWith("/topics/legal-frameworks#" + id, copied, StringComparison.Ordinal);
        var student = await atlas.OpenAsync(new Uri(copied).PathAndQuery + "#" + id, height: 700);
        await Assertions.Expect(student.Locator("#" + id)).ToBeInViewportAsync();
    }

    [Fact]
    public async Task A_teacher_copies_a_section_link_and_it_opens_at_that_section()
    {
        var page = await atlas.OpenAsync("/topics/legal-frameworks");
        var tocLink = page.Locator(".toc a").Nth(1);
        var href = await tocLink.GetAttributeAsync("href");
        Assert.StartsWith("#", href, StringComparison.Ordinal);
        var sectionLink = new Uri(new Uri(page.Url), href).ToString();

        var student = await atlas.OpenAsync(sectionLink.Replace(atlas.BaseAddress.ToString(), "/", StringComparison.Ordinal), height: 700);

        // Scrolling to a section may be smooth, so wait for it to settle at the top rather than measure mid-way.
        await student.WaitForFunctionAsync(
            "id => { const top = document.getElementById(id).getBoundingClientRect().top; return top >= 0 && top < 100; }",
            href!.TrimStart('#'), new PageWaitForFunctionOptions { Timeout = 10_000 });
        await Assertions.Expect(student.Locator(href!)).ToBeInViewportAsync();
    }
}
