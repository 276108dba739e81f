namespace AllianceAtlas.Web.Data;

/// <summary>
/// Who belonged to what on one day: full members only (observers and partners are not allies), a row ends on
/// the day it is left, and an alliance counts from its founding to the day before it ended.
/// </summary>
public static class MembersOnDate
{
    public static IQueryable<Membership> Of(IQueryable<Membership> memberships, DateOnly on) =>
        memberships.Where(m => m.Joined <= on && (m.Left == null || m.Left > on)
            && m.Alliance.Founded <= on && (m.Alliance.Dissolved == null || m.Alliance.Dissolved > on)
            && (m.Role == MembershipRole.Member || m.Role == MembershipRole.FoundingMember));

    /// <summary>The same rule for rows already loaded for one alliance (its own life checked by the caller).</summary>
    public static bool WasFullMemberOn(this Membership m, DateOnly on) =>
        m.Joined <= on && (m.Left is null || m.Left > on) && m.Role is MembershipRole.Member or MembershipRole.FoundingMember;
}
