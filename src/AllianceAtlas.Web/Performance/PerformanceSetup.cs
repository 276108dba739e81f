using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace AllianceAtlas.Web.Performance;

public static class PerformanceSetup
{
    public static IServiceCollection AddAtlasPerformance(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CachingOptions>(configuration.GetSection(CachingOptions.Section));
        services.AddSingleton<ReaderPageStore>();
        services.AddSingleton<ContentChanges>();
        services.AddSingleton<ContentChangeInterceptor>();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "application/atom+xml", "text/csv", "application/problem+json"]);
        });
        // A cached page is compressed once per encoding, but pages that cannot be cached are compressed every time.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Reader pages from memory; see <see cref="ReaderPageCache"/>.</summary>
    public static IApplicationBuilder UseReaderPageCache(this IApplicationBuilder app) => app.UseMiddleware<ReaderPageCache>();

    /// <summary>
    /// Compresses every response except the editors' pages: those carry antiforgery tokens beside text an editor
    /// typed, which compression over TLS would expose to BREACH-style guessing.
    /// </summary>
    public static IApplicationBuilder UseAtlasCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase),
            branch => branch.UseResponseCompression());
}
