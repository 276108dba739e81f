using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Performance;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceAtlas.Tests.Performance;

/// <summary>The policy keeps its validators from one request to the next; these prove they still move when they must.</summary>
public sealed class ReaderPagePolicyTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddOptions().AddOutputCache().BuildServiceProvider();
    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 12, 1, 23, 59, 58, TimeSpan.Zero));
    private readonly ContentChanges _changes;
    private readonly ReaderPagePolicy _policy;

    public ReaderPagePolicyTests()
    {
        _changes = new ContentChanges(_services.GetRequiredService<IOutputCacheStore>(), _clock);
        _policy = new ReaderPagePolicy(_changes, Options.Create(new CachingOptions()), _clock);
    }

    public void Dispose() => _services.Dispose();

    private async Task<(string ETag, string LastModified, string Day, string Version)> AskAsync()
    {
        var context = new OutputCacheContext { HttpContext = new DefaultHttpContext() };
        context.HttpContext.Request.Method = HttpMethods.Get;
        context.HttpContext.Request.Path = "/alliances/nato";
        await ((IOutputCachePolicy)_policy).CacheRequestAsync(context, CancellationToken.None);
        var headers = context.HttpContext.Response.Headers;
        var varyBy = context.CacheVaryByRules.VaryByValues;
        return (headers.ETag.ToString(), headers.LastModified.ToString(), varyBy["day"], varyBy["version"]);
    }

    [Fact]
    public async Task The_validators_stay_the_same_through_a_day_without_changes()
    {
        var first = await AskAsync();
        _clock.Now = _clock.Now.AddSeconds(1);
        var second = await AskAsync();

        Assert.Equal(first, second);
        Assert.Equal("20261201", first.Day);
        Assert.EndsWith("-20261201\"", first.ETag, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_midnight_every_page_gets_a_new_validator_and_a_new_cache_key()
    {
        var before = await AskAsync();
        _clock.Now = _clock.Now.AddSeconds(3);
        var after = await AskAsync();

        Assert.Equal("20261202", after.Day);
        Assert.NotEqual(before.ETag, after.ETag);
        Assert.Equal(before.LastModified, after.LastModified);
    }

    [Fact]
    public async Task A_published_change_gives_every_page_a_new_validator_dated_at_the_change_and_a_new_cache_key()
    {
        var before = await AskAsync();
        _clock.Now = _clock.Now.AddSeconds(1);
        await _changes.PublishAsync(CancellationToken.None);
        var after = await AskAsync();

        Assert.NotEqual(before.ETag, after.ETag);
        // A page still being rendered from before the change is stored under the old key, which no later request asks for.
        Assert.NotEqual(before.Version, after.Version);
        Assert.Equal(_clock.Now.ToString("R", System.Globalization.CultureInfo.InvariantCulture), after.LastModified);
        Assert.Equal(before.Day, after.Day);
    }
}
