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
}
