using System.Diagnostics;
using System.Text;

namespace AllianceAtlas.Tests.Admin;

/// <summary>create-admin run by a person at a terminal: util-linux's script gives the real command a terminal.</summary>
public sealed class CreateAdminTerminalTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "atlas-terminal-" + Guid.NewGuid().ToString("N"));

    public CreateAdminTerminalTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_password_typed_at_a_terminal_is_not_shown_and_still_creates_the_account()
    {
        const string password = "typed at a terminal 1234";
        var site = Path.Combine(AppContext.BaseDirectory, "AllianceAtlas.Web.dll");
        var start = new ProcessStartInfo("script")
        {
            ArgumentList = { "--quiet", "--flush", "--return", "--command", $"dotnet '{site}' create-admin --email terminal@example.org", "/dev/null" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _folder,
        };
        start.Environment["ConnectionStrings__Atlas"] = $"Data Source={Path.Combine(_folder, "atlas.db")}";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment.Remove("ATLAS_ADMIN_PASSWORD");
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var prompted = new TaskCompletionSource();
        var reading = Task.Run(async () =>
        {
            var buffer = new char[256];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
            {
                lock (output)
                {
                    output.Append(buffer, 0, read);
                    if (output.ToString().Contains("then Enter", StringComparison.Ordinal))
                    {
                        prompted.TrySetResult();
                    }
                }
            }
        });

        await prompted.Task.WaitAsync(TimeSpan.FromSeconds(60));
        // Typed as a person types, after the prompt: a terminal that echoes shows each key as it arrives.
        await Task.Delay(500);
        await process.StandardInput.WriteAsync(password + "\r");
        await process.StandardInput.FlushAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await reading;

        var shown = output.ToString();
        Assert.True(process.ExitCode == 0, shown + await process.StandardError.ReadToEndAsync());
        Assert.Contains("Created administrator terminal@example.org", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("typed at", shown, StringComparison.Ordinal);
    }
}
