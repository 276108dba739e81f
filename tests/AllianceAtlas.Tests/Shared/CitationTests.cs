using AllianceAtlas.Web.Pages.Shared;

namespace AllianceAtlas.Tests.Shared;

public sealed class CitationTests
{
    private static readonly Citation Sample = new("North Atlantic Treaty Organization", "https://atlas.example/alliances/nato?rev=12", new DateOnly(2026, 9, 3));

    [Fact]
    public void Apa_names_the_page_the_site_and_the_day_it_was_retrieved() =>
        Assert.Equal("North Atlantic Treaty Organization. (n.d.). AllianceAtlas. Retrieved September 3, 2026, from https://atlas.example/alliances/nato?rev=12", Sample.Apa);

    [Fact]
    public void Mla_abbreviates_the_month_of_access() =>
        Assert.Equal("“North Atlantic Treaty Organization.” AllianceAtlas, https://atlas.example/alliances/nato?rev=12. Accessed 3 Sept. 2026.", Sample.Mla);

    [Fact]
    public void Chicago_ends_with_the_permanent_link() =>
        Assert.Equal("“North Atlantic Treaty Organization.” AllianceAtlas. Accessed September 3, 2026. https://atlas.example/alliances/nato?rev=12.", Sample.Chicago);

    [Fact]
    public void Short_month_names_are_not_abbreviated_in_mla() =>
        Assert.EndsWith("Accessed 1 May 2026.", (Sample with { Accessed = new DateOnly(2026, 5, 1) }).Mla, StringComparison.Ordinal);
}
