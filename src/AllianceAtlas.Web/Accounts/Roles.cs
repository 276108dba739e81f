namespace AllianceAtlas.Web.Accounts;

public static class Roles
{
    /// <summary>Manages users and may do everything an editor does.</summary>
    public const string Admin = "Admin";

    /// <summary>Adds and corrects entries.</summary>
    public const string Editor = "Editor";

    public static readonly IReadOnlyList<string> All = [Admin, Editor];
}
