using System.Linq.Expressions;

namespace AllianceAtlas.Web.Data;

public class Membership
{
    public int Id { get; set; }
    public int AllianceId { get; set; }
    public Alliance Alliance { get; set; } = null!;
    public required string CountryCode { get; set; }
    public Country Country { get; set; } = null!;
    public DateOnly Joined { get; set; }
    public DatePrecision JoinedPrecision { get; set; }
    public DateOnly? Left { get; set; }
    public DatePrecision LeftPrecision { get; set; }
    public MembershipRole Role { get; set; }
    public MembershipEnd? End { get; set; }
    public string? Note { get; set; }

    /// <summary>Full members today: observers and partners are listed but not counted.</summary>
    public static readonly Expression<Func<Membership, bool>> IsCurrentFullMember =
        m => m.Left == null && (m.Role == MembershipRole.Member || m.Role == MembershipRole.FoundingMember);

    private static readonly Func<Membership, bool> IsCurrentFullMemberCompiled = IsCurrentFullMember.Compile();

    public bool CountsAsCurrentFullMember => IsCurrentFullMemberCompiled(this);
}
