using System.Text;

namespace AllianceAtlas.Web.Accounts;

/// <summary>
/// Reads a line typed at a terminal without showing it, as a password prompt does: keys are taken one at a time with
/// echo off. Backspace takes back a key; Ctrl+D on an empty line gives nothing, as the end of input does.
/// </summary>
public sealed class UnechoedTerminalReader : TextReader
{
    public override string? ReadLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    Console.Out.WriteLine();
                    return line.ToString();
                case ConsoleKey.Backspace:
                    line.Length = Math.Max(0, line.Length - 1);
                    break;
                default:
                    if (key.KeyChar == '\u0004' && line.Length == 0)
                    {
                        Console.Out.WriteLine();
                        return null;
                    }

                    if (!char.IsControl(key.KeyChar))
                    {
                        line.Append(key.KeyChar);
                    }

                    break;
            }
        }
    }

    public override Task<string?> ReadLineAsync() => Task.FromResult(ReadLine());

    public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());
}
