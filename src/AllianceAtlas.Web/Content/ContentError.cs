namespace AllianceAtlas.Web.Content;

/// <summary>One problem in a content file, told the way an editor fixes it: file, line, field, what is wrong.</summary>
public sealed record ContentError(string File, int Line, string Field, string Message)
{
    public override string ToString() =>
        Field.Length == 0 ? $"{File}:{Line}: {Message}" : $"{File}:{Line}: {Field}: {Message}";
}
