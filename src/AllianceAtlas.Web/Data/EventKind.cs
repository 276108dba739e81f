namespace AllianceAtlas.Web.Data;

public enum EventKind
{
    Founding,
    Accession,
    Withdrawal,
    Dissolution,
    Treaty,
    Summit,
    Crisis,

    /// <summary>A doctrine, declaration or resolution: words that changed policy without a treaty.</summary>
    Declaration,
}
