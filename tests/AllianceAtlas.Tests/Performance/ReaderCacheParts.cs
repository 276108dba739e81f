using AllianceAtlas.Tests.Infrastructure;
using AllianceAtlas.Web.Performance;
using Microsoft.Extensions.Options;

namespace AllianceAtlas.Tests.Performance;

/// <summary>The cache's parts as the site wires them, on a clock the test sets.</summary>
public sealed class ReaderCacheParts : IDisposable
{
    public ReaderCacheParts(DateTimeOffset now)
    {
        Clock = new SettableClock(now);
        Pages = new ReaderPageStore(Options.Create(new CachingOptions()));
        Changes = new ContentChanges(Pages, Clock);
    }

    public SettableClock Clock { get; }

    public ReaderPageStore Pages { get; }

    public ContentChanges Changes { get; }

    public void Dispose() => Pages.Dispose();
}
