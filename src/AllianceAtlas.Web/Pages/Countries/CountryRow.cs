namespace AllianceAtlas.Web.Pages.Countries;

public sealed record CountryRow(string Code, string Name, bool IsFormer, int CurrentMemberships, int AllMemberships)
{
    public string Slug => Code.ToLowerInvariant();
}
