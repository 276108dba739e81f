using System.Diagnostics;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>
/// A content file that a first start's seeding cannot read until the test lets it: a named pipe, which a reader can
/// open only once the test writes the file's text into it. The site stays in the middle of its seeding meanwhile.
/// </summary>
public sealed class HeldContentFile
{
    private readonly string _path;

    private HeldContentFile(string path) => _path = path;

    public static async Task<HeldContentFile> CreateAsync(string path)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        await mkfifo.WaitForExitAsync();
        Assert.Equal(0, mkfifo.ExitCode);
        return new HeldContentFile(path);
    }

    /// <summary>Gives the seeding the file, with this text; it goes on from there.</summary>
    public Task ReleaseAsync(string text) => File.WriteAllTextAsync(_path, text);
}
