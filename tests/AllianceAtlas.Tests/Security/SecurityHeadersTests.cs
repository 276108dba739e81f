using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Security;

public sealed class SecurityHeadersTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    public static TheoryData<string> Paths => ["/", "/alliances/nato", "/map", "/api/alliances", "/admin/login", "/admin", "/no-such-page", "/healthz", "/sitemap.xml"];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Every_response_forbids_inline_script_framing_and_sniffing(string path)
    {
        using var client = app.CreateReader();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task A_page_served_from_the_reader_cache_carries_each_security_header_once()
    {
        using var client = app.CreateReader();
        using var first = await client.GetAsync(new Uri("/topics/legal-frameworks", UriKind.Relative));
        using var cached = await client.GetAsync(new Uri("/topics/legal-frameworks", UriKind.Relative));

        Assert.True(cached.Headers.Age.HasValue, "the second request should be answered from the cache, which says Age");
        Assert.Contains("frame-ancestors 'none'", Assert.Single(cached.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(cached.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(cached.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(cached.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("same-origin", Assert.Single(cached.Headers.GetValues("Cross-Origin-Opener-Policy")));
        Assert.Single(cached.Headers.GetValues("Permissions-Policy"));
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style_for_the_policy_to_block()
    {
        foreach (var path in new[] { "/", "/alliances/nato", "/map", "/countries/pl", "/topics/legal-frameworks", "/search?q=nato" })
        {
            var (_, page) = await app.GetPageAsync(path);
            Assert.Empty(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"));
            Assert.Empty(page.QuerySelectorAll("style, [style]"));
            Assert.Empty(page.QuerySelectorAll("[onclick], [onload], [onerror]"));
        }
    }
}
