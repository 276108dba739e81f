namespace AllianceAtlas.Web.Content;

/// <summary>What an import did, or would have done, told per kind of entry.</summary>
public sealed class ImportReport
{
    public List<ContentError> Errors { get; } = [];
    public SortedDictionary<string, ImportTally> Tallies { get; } = new(StringComparer.Ordinal);
    public List<string> KeptEditorVersions { get; } = [];
    public bool Succeeded => Errors.Count == 0;

    public ImportTally For(string kind)
    {
        if (!Tallies.TryGetValue(kind, out var tally))
        {
            tally = new ImportTally();
            Tallies.Add(kind, tally);
        }

        return tally;
    }

    public IEnumerable<string> Lines()
    {
        if (!Succeeded)
        {
            yield return $"Content has {Errors.Count} problem(s); nothing was imported:";
            foreach (var error in Errors)
            {
                yield return "  " + error;
            }

            yield break;
        }

        foreach (var (kind, tally) in Tallies)
        {
            yield return $"{kind}: {tally.Added} added, {tally.Updated} updated, {tally.Unchanged} unchanged, {tally.Kept} kept as editors left them";
        }

        foreach (var kept in KeptEditorVersions)
        {
            yield return $"  kept the editors' version of {kept}; its content file changed too, so compare them by hand";
        }
    }
}
