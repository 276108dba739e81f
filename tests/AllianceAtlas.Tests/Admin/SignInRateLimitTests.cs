using System.Net;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Admin;

public sealed class SignInRateLimitTests(SignInRateLimitTests.DefaultLimitApp app) : IClassFixture<SignInRateLimitTests.DefaultLimitApp>
{
    public sealed class DefaultLimitApp : AtlasApp
    {
        protected override int SignInAttemptsPerMinute => 10;
    }

    [Fact]
    public async Task Rapid_sign_in_attempts_are_slowed_down()
    {
        using var client = app.CreateClientWithoutRedirects(cookies: true);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            var response = await EditorAccounts.SignInAsync(client, $"guess{i}@example.org", "a guessed password");
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(10), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.All(statuses.Skip(10), status => Assert.Equal(HttpStatusCode.TooManyRequests, status));
        var last = await EditorAccounts.SignInAsync(client, "guess@example.org", "again");
        Assert.Contains("Too many sign-in attempts", (await BrowserlessForm.ParseAsync(last)).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }
}
