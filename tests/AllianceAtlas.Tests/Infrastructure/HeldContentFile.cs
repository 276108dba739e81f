using System.Diagnostics;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>
/// A content file that a first start's seeding cannot read until the test lets it: a named pipe, which a reader can
/// open only once the test writes the file's text into it. The site stays in the middle of its seeding meanwhile.
/// </summary>
public sealed class HeldContentFile
{
    private readonly string _path;
    private readonly string _text;

    private HeldContentFile(string path, string text) => (_path, _text) = (path, text);

    /// <param name="path">Where the file goes.</param>
    /// <param name="text">What the seeding reads once the file is released.</param>
    public static async Task<HeldContentFile> CreateAsync(string path, string text)
    {
        using var mkfifo = Process.Start("mkfifo", path);
        await mkfifo.WaitForExitAsync();
        Assert.Equal(0, mkfifo.ExitCode);
        return new HeldContentFile(path, text);
    }

    /// <summary>Gives the seeding the file's text; it goes on from there.</summary>
    public Task ReleaseAsync() => File.WriteAllTextAsync(_path, _text);
}
