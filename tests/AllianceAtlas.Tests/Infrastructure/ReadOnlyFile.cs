using System.Diagnostics;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>
/// Makes a file unwritable until disposed: read-only for an ordinary user, and immutable (chattr +i) for root, whom
/// file modes do not stop.
/// </summary>
public sealed class ReadOnlyFile : IDisposable
{
    private readonly string _path;
    private readonly UnixFileMode _mode;
    private readonly bool _immutable;

    private ReadOnlyFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The storage fault tests make files read-only the Unix way.");
        }

        _path = path;
        _mode = File.GetUnixFileMode(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        _immutable = Environment.UserName == "root";
        if (_immutable)
        {
            Chattr("+i");
        }
    }

    public static ReadOnlyFile Make(string path) => new(path);

    public void Dispose()
    {
        if (_immutable)
        {
            Chattr("-i");
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_path, _mode);
        }
    }

    private void Chattr(string change)
    {
        using var process = Process.Start(new ProcessStartInfo("chattr", [change, _path]) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"chattr {change} {_path} failed: {error}");
        }
    }
}
