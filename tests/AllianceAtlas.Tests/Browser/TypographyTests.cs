using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Browser;

public sealed class TypographyTests(LiveAtlas atlas) : IClassFixture<LiveAtlas>
{
    [Fact]
    public async Task An_alliance_summary_in_the_list_is_in_ordinary_weight_under_its_bold_name()
    {
        var page = await atlas.OpenAsync("/alliances");

        var nameWeight = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('tbody th a')).fontWeight");
        var summaryWeight = await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('tbody th .muted')).fontWeight");

        Assert.Equal("700", nameWeight);
        Assert.Equal("400", summaryWeight);
    }
}
