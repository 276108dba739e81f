using System.Globalization;

namespace AllianceAtlas.Web.Pages.Shared;

/// <summary>"Cite this page" in the three styles schools ask for, with the day the reader looked.</summary>
public sealed record Citation(string Title, string Url, DateOnly Accessed)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public const string SiteName = "AllianceAtlas";

    /// <summary>APA 7th edition, for an undated web page.</summary>
    public string Apa => $"{Title}. (n.d.). {SiteName}. Retrieved {Accessed.ToString("MMMM d, yyyy", English)}, from {Url}";

    /// <summary>MLA 9th edition.</summary>
    public string Mla => $"“{Title}.” {SiteName}, {Url}. Accessed {Accessed.Day} {MlaMonth(Accessed)} {Accessed.Year}.";

    /// <summary>Chicago, notes and bibliography, for a web page.</summary>
    public string Chicago => $"“{Title}.” {SiteName}. Accessed {Accessed.ToString("MMMM d, yyyy", English)}. {Url}.";

    // MLA abbreviates months longer than four letters.
    private static string MlaMonth(DateOnly date) => date.Month switch
    {
        5 => "May",
        6 => "June",
        7 => "July",
        9 => "Sept.",
        _ => date.ToString("MMM", English) + ".",
    };
}
