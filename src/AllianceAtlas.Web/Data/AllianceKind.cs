namespace AllianceAtlas.Web.Data;

public enum AllianceKind
{
    CollectiveDefence,
    CollectiveSecurity,
    SecurityDialogue,
    NonAggression,
    Entente,
    IntergovernmentalOrganisation,
}
