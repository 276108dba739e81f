using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Map;

/// <summary>With more alliances than a form can list, the map asks for addresses and still explains a wrong one.</summary>
public sealed class MapWithManyAlliancesTests(SyntheticCorpusApp app) : IClassFixture<SyntheticCorpusApp>
{
    [Fact]
    public async Task The_form_offers_address_fields_instead_of_a_box_per_alliance_and_keeps_the_choice()
    {
        var (response, document) = await app.GetPageAsync("/map?date=2020&alliance=synthetic-000007");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(document.QuerySelectorAll(".map-choices input[type=checkbox]"));
        var fields = document.QuerySelectorAll(".map-choices input[type=text][name=alliance]");
        Assert.Equal(4, fields.Length);
        Assert.Equal("synthetic-000007", fields[0].GetAttribute("value"));
        Assert.Contains("Synthetic Pact 000007", document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_is_named_with_where_to_find_the_right_one()
    {
        var (response, document) = await app.GetPageAsync("/map?date=2020&alliance=no-such-pact");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("“no-such-pact”", document.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }
}
