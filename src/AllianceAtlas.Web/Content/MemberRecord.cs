using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Content;

public sealed record MemberRecord(
    int Line,
    ContentRef Country,
    HistoricalDate Joined,
    HistoricalDate? Left,
    MembershipRole Role,
    MembershipEnd? End,
    string? Note);
