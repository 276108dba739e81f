namespace AllianceAtlas.Web;

/// <summary>
/// The site doubles as its own admin tool (<c>-- import</c>, <c>-- import --check</c>, <c>-- create-admin --email …</c>,
/// <c>-- generate --alliances 50000</c>); what is not a command goes on to the host as ordinary configuration such as
/// <c>--urls</c>.
/// </summary>
public sealed record CommandLine(string? Name, bool CheckOnly, string? Email, string[] HostArguments)
{
    /// <summary>For <c>generate</c>: how many synthetic alliances to add; null when missing or not a number.</summary>
    public int? Alliances { get; init; }

    public static CommandLine Parse(string[] args)
    {
        if (args is ["import", .. var rest])
        {
            var checkOnly = rest.Contains("--check");
            return new CommandLine("import", checkOnly, null, rest.Where(arg => arg != "--check").ToArray());
        }

        if (args is ["create-admin", .. var options])
        {
            var at = Array.IndexOf(options, "--email");
            var email = at >= 0 && at + 1 < options.Length ? options[at + 1] : null;
            var hostArguments = at >= 0 ? options.Where((_, i) => i != at && i != at + 1).ToArray() : options;
            return new CommandLine("create-admin", false, email, hostArguments);
        }

        if (args is ["generate", .. var settings])
        {
            var at = Array.IndexOf(settings, "--alliances");
            int? count = at >= 0 && at + 1 < settings.Length && int.TryParse(settings[at + 1], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
            var hostArguments = at >= 0 ? settings.Where((_, i) => i != at && i != at + 1).ToArray() : settings;
            return new CommandLine("generate", false, null, hostArguments) { Alliances = count };
        }

        return new CommandLine(null, false, null, args);
    }
}
