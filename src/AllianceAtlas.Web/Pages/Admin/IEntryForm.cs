namespace AllianceAtlas.Web.Pages.Admin;

/// <summary>An editor's form: it carries the version it was loaded at, so a stale save can be caught.</summary>
public interface IEntryForm
{
    int Version { get; set; }
}
