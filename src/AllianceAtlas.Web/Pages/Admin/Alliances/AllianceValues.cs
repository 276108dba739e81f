using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Admin.Alliances;

/// <summary>A validated alliance form, with its dates parsed, ready to be written to the entity.</summary>
public sealed record AllianceValues(
    AllianceForm Form,
    HistoricalDate Founded,
    HistoricalDate? Dissolved,
    IReadOnlyList<(MemberRow Row, string Code, HistoricalDate Joined, HistoricalDate? Left)> Members)
{
    public void ApplyTo(Alliance alliance)
    {
        alliance.Slug = Form.Slug.Trim();
        alliance.Name = Form.Name.Trim();
        alliance.ShortName = FormRules.Trimmed(Form.ShortName);
        alliance.Kind = Form.Kind;
        (alliance.Founded, alliance.FoundedPrecision) = (Founded.Date, Founded.Precision);
        alliance.Dissolved = Dissolved?.Date;
        alliance.DissolvedPrecision = Dissolved?.Precision ?? DatePrecision.Day;
        alliance.Treaty = FormRules.Trimmed(Form.Treaty);
        alliance.Headquarters = FormRules.Trimmed(Form.Headquarters);
        alliance.Regions = [.. Form.Regions.Distinct()];
        alliance.Summary = Form.Summary.Trim();
        alliance.Body = Form.Body ?? "";
        alliance.IsPublished = Form.IsPublished;
        alliance.Memberships.Clear();
        alliance.Memberships.AddRange(Members.Select(member => new Membership
        {
            CountryCode = member.Code,
            Joined = member.Joined.Date,
            JoinedPrecision = member.Joined.Precision,
            Left = member.Left?.Date,
            LeftPrecision = member.Left?.Precision ?? DatePrecision.Day,
            Role = member.Row.Role,
            End = member.Left is null ? null : member.Row.End ?? MembershipEnd.Withdrawal,
            Note = FormRules.Trimmed(member.Row.Note),
        }));
    }
}
