namespace AllianceAtlas.Web.Content;

public sealed class ImportTally
{
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Kept { get; set; }
}
