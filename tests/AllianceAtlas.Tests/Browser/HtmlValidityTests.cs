using System.Diagnostics;
using System.Text.Json;
using AllianceAtlas.Tests.Infrastructure;

namespace AllianceAtlas.Tests.Browser;

/// <summary>Every page type passes the Nu HTML Checker, the W3C's own validator, with no errors.</summary>
public sealed class HtmlValidityTests(AtlasApp app) : IClassFixture<AtlasApp>
{
    private static string CheckerJar()
    {
        var jar = Repository.PathOf("tests", "html-checker", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        return File.Exists(jar)
            ? jar
            : throw new InvalidOperationException($"{jar} is missing: run the tests with script/test, which installs it with npm.");
    }

    [Fact]
    public async Task Every_page_type_is_valid_html()
    {
        var folder = Path.Combine(Path.GetTempPath(), "atlas-html-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await EditorAccounts.CreateAsync(app, "validator@example.org", "Admin", "Editor");
        using var reader = app.CreateReader();
        using var editor = await EditorAccounts.SignedInClientAsync(app, "validator@example.org");
        foreach (var (name, path, client) in PageTypes.Pairs.Select(p => (p.Name, p.Path, reader))
            .Concat(PageTypes.Admin.Select(p => (p.Name, p.Path, editor))))
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var html = await response.Content.ReadAsStringAsync();
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), html);
        }

        var start = new ProcessStartInfo("java", ["-jar", CheckerJar(), "--errors-only", "--format", "json", .. Directory.GetFiles(folder)])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var checker = Process.Start(start)!;
        var report = await checker.StandardError.ReadToEndAsync();
        await checker.WaitForExitAsync();

        using var json = JsonDocument.Parse(report);
        var errors = json.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"{Path.GetFileName(m.GetProperty("url").GetString())}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
        Assert.Empty(errors);
        Directory.Delete(folder, recursive: true);
    }
}
