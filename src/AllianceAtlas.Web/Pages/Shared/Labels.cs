using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Shared;

/// <summary>The words readers see for the atlas's categories.</summary>
public static class Labels
{
    public static string Of(AllianceKind kind) => kind switch
    {
        AllianceKind.CollectiveDefence => "Collective defence",
        AllianceKind.CollectiveSecurity => "Collective security",
        AllianceKind.SecurityDialogue => "Security dialogue",
        AllianceKind.NonAggression => "Non-aggression or neutrality pact",
        AllianceKind.Entente => "Entente or partnership",
        AllianceKind.IntergovernmentalOrganisation => "Intergovernmental organisation",
        _ => kind.ToString(),
    };

    public static string Of(EventKind kind) => kind switch
    {
        EventKind.Founding => "Founding",
        EventKind.Accession => "Accession",
        EventKind.Withdrawal => "Withdrawal",
        EventKind.Dissolution => "Dissolution",
        EventKind.Treaty => "Treaty",
        EventKind.Summit => "Summit",
        EventKind.Crisis => "Crisis",
        EventKind.Declaration => "Declaration",
        _ => kind.ToString(),
    };

    public static string Of(MembershipRole role) => role switch
    {
        MembershipRole.FoundingMember => "Founding member",
        MembershipRole.Member => "Member",
        MembershipRole.Observer => "Observer",
        MembershipRole.Partner => "Partner",
        _ => role.ToString(),
    };

    public static string Of(MembershipEnd end) => end switch
    {
        MembershipEnd.Withdrawal => "withdrew",
        MembershipEnd.Suspension => "suspended",
        MembershipEnd.Expulsion => "expelled",
        MembershipEnd.Dissolution => "alliance dissolved",
        MembershipEnd.Succession => "state succeeded",
        _ => end.ToString(),
    };

    public static string Region(string region) => region switch
    {
        "global" => "Global",
        "europe" => "Europe",
        "north-atlantic" => "North Atlantic",
        "americas" => "The Americas",
        "africa" => "Africa",
        "middle-east" => "Middle East",
        "asia-pacific" => "Asia-Pacific",
        "central-asia" => "Central Asia",
        _ => region,
    };
}
