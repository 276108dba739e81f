using System.Diagnostics;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>The site's own build output run as a process, for what only a real process shows: its exit code and output.</summary>
public static class BuiltSite
{
    /// <summary>The site's DLL as the tests' build made it, in the same configuration.</summary>
    public static string Dll { get; } = Path.Combine(
        AppContext.BaseDirectory.Replace(Path.Combine("tests", "AllianceAtlas.Tests"), Path.Combine("src", "AllianceAtlas.Web"), StringComparison.Ordinal),
        "AllianceAtlas.Web.dll");

    /// <summary>Starts the site from its project folder (as dotnet run does) and waits, at most a minute, for it to end.</summary>
    public static async Task<(int ExitCode, string Output)> RunUntilExitAsync(params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", [Dll, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = Repository.PathOf("src", "AllianceAtlas.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The site was still running after a minute; it should have refused to start.");
        }

        return (process.ExitCode, await standardOutput + await standardError);
    }
}
