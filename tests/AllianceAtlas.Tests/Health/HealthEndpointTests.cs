using System.Net;
using System.Text.Json;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Health;

public sealed class HealthEndpointTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    [Fact]
    public async Task Healthz_reports_that_the_database_answers()
    {
        using var client = app.CreateReader();
        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Healthz_reports_unhealthy_when_the_database_cannot_be_reached()
    {
        using var broken = new AtlasApp();
        using var client = broken.CreateReader();
        broken.MakeDatabaseUnreachable();

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
    }
}
