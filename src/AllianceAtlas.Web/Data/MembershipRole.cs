namespace AllianceAtlas.Web.Data;

public enum MembershipRole
{
    FoundingMember,
    Member,
    Observer,
    Partner,
}
