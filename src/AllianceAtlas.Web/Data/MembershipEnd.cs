namespace AllianceAtlas.Web.Data;

/// <summary>Why a membership row ended; only some of these are news worth a timeline entry.</summary>
public enum MembershipEnd
{
    Withdrawal,
    Suspension,
    Expulsion,
    Dissolution,
    Succession,
}
