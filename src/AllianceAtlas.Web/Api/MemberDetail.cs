namespace AllianceAtlas.Web.Api;

public sealed record MemberDetail(string Country, string CountryName, string Joined, string? Left, string Role, string? End, string? Note);
