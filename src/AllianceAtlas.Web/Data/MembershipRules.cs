namespace AllianceAtlas.Web.Data;

/// <summary>
/// The rules every membership history obeys, whether it comes from a content file or an editor's form:
/// members join while the alliance and the state exist, leave after joining, and never overlap.
/// </summary>
public static class MembershipRules
{
    public sealed record Member(string CountryCode, HistoricalDate Joined, HistoricalDate? Left);

    public sealed record State(string Name, HistoricalDate? From, HistoricalDate? To);

    /// <summary>A broken rule: which member row, which of its fields, and what is wrong.</summary>
    public sealed record Breach(int Index, string Field, string Message);

    public static IEnumerable<Breach> Check(string allianceName, HistoricalDate founded, HistoricalDate? dissolved,
        IReadOnlyList<Member> members, Func<string, State?> findState)
    {
        for (var index = 0; index < members.Count; index++)
        {
            var member = members[index];
            if (findState(member.CountryCode) is not { } state)
            {
                yield return new Breach(index, "country", $"unknown country code '{member.CountryCode}'");
                continue;
            }

            if (member.Left is { } left && left.Date <= member.Joined.Date)
            {
                yield return new Breach(index, "left", $"{left} is not after the joining date, {member.Joined}");
            }

            if (member.Joined.LatestDay < founded.Date)
            {
                yield return new Breach(index, "joined", $"{member.Joined} is before {allianceName} was founded ({founded})");
            }

            if (dissolved is { } end && member.Joined.Date > end.LatestDay)
            {
                yield return new Breach(index, "joined", $"{member.Joined} is after {allianceName} was dissolved ({end})");
            }

            if (member.Left is { } leftDate && dissolved is { } dissolvedDate && leftDate.Date > dissolvedDate.LatestDay)
            {
                yield return new Breach(index, "left", $"{leftDate} is after {allianceName} was dissolved ({dissolvedDate})");
            }

            if (state.From is { } from && member.Joined.LatestDay < from.Date)
            {
                yield return new Breach(index, "joined", $"{member.Joined} is before {state.Name} existed ({from})");
            }

            var membershipEnd = member.Left ?? dissolved;
            if (state.To is { } to && (membershipEnd is null || membershipEnd.Value.Date > to.LatestDay))
            {
                yield return new Breach(index, "left", $"{state.Name} ceased to exist on {to}; its membership needs a 'left' date no later than that");
            }
        }

        foreach (var rows in members.Select((member, index) => (member, index)).GroupBy(row => row.member.CountryCode))
        {
            var ordered = rows.OrderBy(row => row.member.Joined.Date).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i - 1].member.Left is not { } previousEnd || ordered[i].member.Joined.Date < previousEnd.Date)
                {
                    yield return new Breach(ordered[i].index, "joined",
                        $"this row for {rows.Key} overlaps the row that starts {ordered[i - 1].member.Joined}");
                }
            }
        }
    }
}
