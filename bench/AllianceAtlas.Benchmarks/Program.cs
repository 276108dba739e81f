using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace AllianceAtlas.Benchmarks;

// A namespaced Main rather than top-level statements: the web project's own top-level Program is public, and a
// second global Program would clash with it.
public static class Program
{
    public static int Main(string[] args)
    {
        // BenchmarkDotNet rebuilds the web project (Razor views included) for its child process; on a 2-core
        // machine that is busy with tests, that outlasts its default two-minute build timeout.
        var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10));
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

        // BenchmarkDotNet reports a case that failed to build or threw and carries on; a non-zero exit lets
        // bench/micro and CI notice.
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
