using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Map;

/// <summary>A page that shows a date names each state as it was called then: West Germany in 1962, Germany today.</summary>
public sealed class StateNamesOnDateTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    private static List<string> MemberNames(AngleSharp.Dom.IDocument document) =>
        document.QuerySelectorAll("a[href='/countries/de']").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_maps_member_list_names_germany_as_it_was_on_the_date()
    {
        var (_, coldWar) = await app.GetPageAsync("/map?date=1962-10-22&alliance=nato");
        var (_, today) = await app.GetPageAsync("/map?date=2000-01-01&alliance=nato");

        Assert.Contains("West Germany", MemberNames(coldWar));
        Assert.DoesNotContain("Germany", MemberNames(coldWar));
        Assert.Contains("Germany", MemberNames(today));
        Assert.DoesNotContain("West Germany", MemberNames(today));
    }

    [Fact]
    public async Task A_country_page_on_a_date_and_its_membership_rows_use_the_name_of_the_time()
    {
        var (_, germany) = await app.GetPageAsync("/countries/de?date=1962-10-22");

        Assert.Equal("Germany", germany.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(germany.QuerySelectorAll("caption"), c => c.TextContent.Contains("West Germany's allies on 22 October 1962", StringComparison.Ordinal));
        var memberships = germany.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent.Contains("alliance memberships", StringComparison.Ordinal));
        var natoRow = memberships.QuerySelectorAll("tr").First(row => row.QuerySelector("a[href='/alliances/nato']") is not null);
        Assert.Contains("(as West Germany)", natoRow.TextContent, StringComparison.Ordinal);
    }
}
