using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Api;

public sealed record AllianceDetail(
    string Slug, string Name, string? ShortName, string Kind, string Founded, string? Dissolved, string? Treaty,
    string? Headquarters, IReadOnlyList<string> Regions, string Summary, string Url,
    IReadOnlyList<MemberDetail> Members, IReadOnlyList<SourceDetail> Sources,
    IReadOnlyList<PhaseDetail> Phases, IReadOnlyList<ObligationDetail> Obligations)
{
    public static AllianceDetail Of(Alliance alliance) => new(
        alliance.Slug, alliance.Name, alliance.ShortName, KebabCase.Of(alliance.Kind),
        HistoricalDate.Iso(alliance.Founded, alliance.FoundedPrecision),
        alliance.Dissolved is { } end ? HistoricalDate.Iso(end, alliance.DissolvedPrecision) : null,
        alliance.Treaty, alliance.Headquarters, alliance.Regions, alliance.Summary, "/alliances/" + alliance.Slug,
        alliance.Memberships.Select(m => new MemberDetail(
            m.CountryCode, m.Country.Name, HistoricalDate.Iso(m.Joined, m.JoinedPrecision),
            m.Left is { } left ? HistoricalDate.Iso(left, m.LeftPrecision) : null,
            KebabCase.Of(m.Role), m.End is { } why ? KebabCase.Of(why) : null, m.Note)).ToList(),
        alliance.Sources.Select(s => new SourceDetail(s.Title, s.Publisher, s.Url, s.Published)).ToList(),
        alliance.Phases.OrderBy(p => p.Position).Select(p => new PhaseDetail(p.Name, HistoricalDate.Iso(p.From, p.FromPrecision),
            p.To is { } to ? HistoricalDate.Iso(to, p.ToPrecision) : null)).ToList(),
        alliance.Obligations.OrderBy(o => o.Position).Select(o => new ObligationDetail(
            KebabCase.Of(o.Type), o.Summary, o.Article, o.Phase, o.Members,
            new ConditionDetail(o.Adversary, o.Territory, o.Unprovoked, o.War, o.OtherCondition))).ToList());
}
