using System.Net;
using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Performance;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceAtlas.Tests.Performance;

/// <summary>No page runs a query per row: the number of SQL commands a page sends stays the same as the atlas grows.</summary>
public sealed class QueryCountTests(CountingApp app) : IClassFixture<CountingApp>
{
    public static TheoryData<string> Pages =>
    [
        "/alliances/test-pact", "/alliances", "/timeline", "/timeline?alliance=test-pact", "/countries/fr", "/countries",
        "/topics/test-topic", "/turning-points", "/map?date=2000&alliance=test-pact", "/search?q=pact", "/api/alliances", "/",
    ];

    private async Task<int> CommandsForAsync(string path, bool contentChanged = true)
    {
        if (contentChanged)
        {
            app.Services.GetRequiredService<ContentChanges>().Publish();
        }

        using var reader = app.CreateReader();
        var before = app.Commands.Count;
        using var response = await reader.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return app.Commands.Count - before;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task A_page_sends_as_many_sql_commands_with_forty_more_alliances_as_without(string path)
    {
        await CommandsForAsync(path);
        var small = await CommandsForAsync(path);

        AddAlliances(40, path);
        var large = await CommandsForAsync(path);

        Assert.Equal(small, large);
        Assert.InRange(small, 1, 16);
    }

    [Fact]
    public async Task A_search_sends_one_statement_to_count_its_matches_and_one_for_its_page()
    {
        await CommandsForAsync("/search?q=pact");

        // Another address, so the reader cache has no copy; the content is unchanged since the search before.
        Assert.Equal(2, await CommandsForAsync("/search?q=Pact", contentChanged: false));
    }

    [Fact]
    public async Task The_first_search_after_a_change_also_reads_the_names_of_alliances_and_countries_once() =>
        Assert.Equal(4, await CommandsForAsync("/search?q=pact"));

    [Fact]
    public async Task Readers_who_ask_at_once_for_a_page_just_changed_wait_for_one_rendering_of_it()
    {
        const string path = "/alliances/test-pact";
        var oneRendering = await CommandsForAsync(path);
        app.Services.GetRequiredService<ContentChanges>().Publish();
        var before = app.Commands.Count;

        var readers = Enumerable.Range(0, 12).Select(_ => app.CreateReader()).ToList();
        var responses = await Task.WhenAll(readers.Select(reader => reader.GetAsync(new Uri(path, UriKind.Relative))));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Single(responses.Select(response => response.Headers.ETag!.Tag).Distinct());
        Assert.Equal(oneRendering, app.Commands.Count - before);
        responses.ToList().ForEach(response => response.Dispose());
        readers.ForEach(reader => reader.Dispose());
    }

    private void AddAlliances(int count, string salt)
    {
        using var db = app.CreateDbContext();
        var prefix = "extra-" + Math.Abs(salt.GetHashCode(StringComparison.Ordinal));
        for (var i = 0; i < count; i++)
        {
            var alliance = new Alliance
            {
                Slug = $"{prefix}-{i}",
                Name = $"Extra pact {prefix} {i}",
                Summary = "A pact added to make the atlas bigger.",
                Founded = new DateOnly(1950 + i % 50, 1, 1),
                Regions = ["europe"],
                Body = "## Origins\n\nAdded by a test.",
            };
            alliance.Memberships.Add(new Membership { CountryCode = "FR", Joined = alliance.Founded, Role = MembershipRole.FoundingMember });
            alliance.Memberships.Add(new Membership { CountryCode = "DE", Joined = alliance.Founded.AddYears(1) });
            db.Alliances.Add(alliance);
        }

        db.SaveChanges();
    }
}
