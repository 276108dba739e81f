using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using AllianceAtlas.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace AllianceAtlas.Tests.Faults;

/// <summary>The real server process, killed with SIGKILL in the middle of a stream of saves, then started again.</summary>
public sealed class CrashTests : IDisposable
{
    private const string Email = "crash@example.org";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "atlas-crash-" + Guid.NewGuid().ToString("N"));
    private readonly string _password = "crash test " + Guid.NewGuid().ToString("N");
    private readonly ContentFolder _content = new();
    private readonly List<Process> _processes = [];

    public CrashTests() => Directory.CreateDirectory(_folder);

    private string DatabasePath => Path.Combine(_folder, "atlas.db");

    [Fact]
    public async Task Every_acknowledged_save_survives_a_sigkill_and_the_database_checks_ok()
    {
        var setup = Start("create-admin", "--email", Email);
        await setup.WaitForExitAsync();
        Assert.Equal(0, setup.ExitCode);

        var port = FreePort();
        var server = Start("--urls", $"http://127.0.0.1:{port}");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
        };
        await WaitUntilHealthyAsync(client, server);
        Assert.Equal(HttpStatusCode.Redirect, (await EditorAccounts.SignInAsync(client, Email, _password)).StatusCode);

        var acknowledged = new ConcurrentBag<string>();
        var writers = Enumerable.Range(0, 3).Select(writer => Task.Run(async () =>
        {
            for (var n = 0; ; n++)
            {
                var slug = $"crash-{writer}-{n}";
                try
                {
                    var (_, page) = await EditorAccounts.GetAsync(client, "/admin/events/new");
                    using var response = await BrowserlessForm.From(page, "/admin/events/new", button: "Save")
                        .Set("Form.Title", $"Crash event {writer}.{n}").Set("Form.Slug", slug).Set("Form.Date", "2001-09-12")
                        .Set("Form.Kind", "Summit").Set("Form.Summary", "Saved while the server was about to die.")
                        .Set("Form.Sources[0].Title", "The crash log")
                        .SubmitAsync(client);
                    if (response.StatusCode == HttpStatusCode.Redirect)
                    {
                        acknowledged.Add(slug);
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
                {
                    return;
                }
            }
        })).ToList();

        // Killed in the middle of the stream: once a few saves are in, while the writers are still saving. A time limit
        // alone would not do: a loaded two-core machine can take seconds over a new process's first saves.
        var waited = Stopwatch.StartNew();
        while (acknowledged.Count < 5 && waited.Elapsed < TimeSpan.FromSeconds(60) && !writers.All(writer => writer.IsCompleted))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        await Task.Delay(TimeSpan.FromMilliseconds(500));
        server.Kill(); // SIGKILL: no shutdown, no flush, no goodbye.
        await server.WaitForExitAsync();
        await Task.WhenAll(writers);
        Assert.True(acknowledged.Count >= 5, $"only {acknowledged.Count} saves were acknowledged before the kill");

        var restarted = Start("--urls", $"http://127.0.0.1:{port}");
        await WaitUntilHealthyAsync(client, restarted);
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check;";
        Assert.Equal("ok", await check.ExecuteScalarAsync());
        check.CommandText = "SELECT Slug FROM Events WHERE Slug LIKE 'crash-%';";
        var stored = new HashSet<string>();
        await using (var reader = await check.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored.Add(reader.GetString(0));
            }
        }

        var lost = acknowledged.Except(stored).ToList();
        Assert.True(lost.Count == 0, $"acknowledged but lost: {string.Join(", ", lost)}");
        using var timeline = await client.GetAsync(new Uri("/timeline?kind=summit", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, timeline.StatusCode);
    }

    private Process Start(params string[] arguments)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var app = Repository.PathOf("src", "AllianceAtlas.Web", "bin", configuration, "net10.0");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = app, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(app, "AllianceAtlas.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ConnectionStrings__Atlas"] = $"Data Source={DatabasePath}";
        start.Environment["Content__Path"] = _content.Root;
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Admin__SignInAttemptsPerMinute"] = "1000";
        start.Environment["ATLAS_ADMIN_PASSWORD"] = _password;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
        return process;
    }

    /// <summary>
    /// Waits for the restarted server to answer. Generous, because a loaded two-core CI machine can take long to
    /// start a process; this is a readiness wait, not a measure of speed.
    /// </summary>
    private static async Task WaitUntilHealthyAsync(HttpClient client, Process server)
    {
        var deadline = Stopwatch.StartNew();
        var last = "no answer";
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            Assert.False(server.HasExited, $"the server exited with code {(server.HasExited ? server.ExitCode : 0)}");
            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (HttpRequestException exception)
            {
                // Not listening yet.
                last = exception.Message;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"the server did not become healthy within 120 seconds; last answer: {last}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.Dispose();
        }

        _content.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the operating system's temp cleaning.
        }
    }
}
