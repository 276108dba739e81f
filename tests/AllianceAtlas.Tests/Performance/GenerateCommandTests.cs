using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Data;
using AllianceAtlas.Web.Performance;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Tests.Performance;

/// <summary>The synthetic corpus that benchmarks measure the site at scale with.</summary>
public sealed class GenerateCommandTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    [Fact]
    public async Task Generated_alliances_are_added_after_the_real_corpus_with_valid_memberships_and_are_searchable()
    {
        using var output = new StringWriter();
        int before;
        using (var db = app.CreateDbContext())
        {
            before = await db.Alliances.CountAsync();
        }

        Assert.Equal(0, await GenerateCommand.RunAsync(app.Services, 150, output));
        Assert.Equal(0, await GenerateCommand.RunAsync(app.Services, 10, output));

        using (var db = app.CreateDbContext())
        {
            Assert.Equal(before + 160, await db.Alliances.CountAsync());
            Assert.True(await db.Alliances.AnyAsync(a => a.Slug == "synthetic-000160"));
            var memberships = await db.Memberships.Where(m => m.Alliance.Slug.StartsWith(GenerateCommand.SlugPrefix))
                .Select(m => new { m.Joined, m.Left, m.Alliance.Founded, m.Alliance.Dissolved }).ToListAsync();
            Assert.NotEmpty(memberships);
            Assert.All(memberships, m =>
            {
                Assert.True(m.Joined >= m.Founded && (m.Dissolved is null || m.Joined <= m.Dissolved));
                Assert.True(m.Left is null || m.Left > m.Joined);
            });
        }

        var (_, list) = await app.GetPageAsync("/alliances");
        Assert.Contains($"{before + 160:N0} alliances", list.QuerySelector("p[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(list.QuerySelector("nav.pager a[rel=next]"));
        var (_, search) = await app.GetPageAsync("/search?q=synthetic");
        Assert.NotEmpty(search.QuerySelectorAll("main a[href^='/alliances/synthetic-']"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(2_000_000)]
    public async Task A_missing_or_impossible_count_adds_nothing_and_says_how_to_ask(int? count)
    {
        using var output = new StringWriter();

        Assert.Equal(2, await GenerateCommand.RunAsync(app.Services, count, output));
        Assert.Contains("generate --alliances 50000", output.ToString(), StringComparison.Ordinal);
    }
}
