using System.Diagnostics;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Faults;

/// <summary>The site as it is deployed: published, and started from a folder other than its own.</summary>
public sealed class PublishedSiteTests
{
    [Fact]
    public async Task A_published_site_started_from_another_folder_finds_its_static_files_settings_and_content()
    {
        var start = new ProcessStartInfo("bash", [Repository.PathOf("script", "check-published")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);

        var report = await output + await errors;
        Assert.True(process.ExitCode == 0, report);
        Assert.Contains("All checks passed.", report, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", report, StringComparison.Ordinal);
    }
}
