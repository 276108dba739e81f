namespace AllianceAtlas.Web;

/// <summary>
/// The site doubles as its own admin tool (<c>-- import</c>, <c>-- import --check</c>); what is not a
/// command goes on to the host as ordinary configuration such as <c>--urls</c>.
/// </summary>
public sealed record CommandLine(string? Name, bool CheckOnly, string[] HostArguments)
{
    public static CommandLine Parse(string[] args)
    {
        if (args is ["import", .. var rest])
        {
            var checkOnly = rest.Contains("--check");
            return new CommandLine("import", checkOnly, rest.Where(arg => arg != "--check").ToArray());
        }

        return new CommandLine(null, false, args);
    }
}
