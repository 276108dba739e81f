using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Shared;

/// <summary>
/// An alliance's promises in words a student reads: the five kinds, the conditions each holds under, who makes it,
/// and the terms (phases) it belongs to. The alliance page, the comparison and the editors' form all say it this way.
/// </summary>
public static class Promises
{
    public static string Label(ObligationType type) => type switch
    {
        ObligationType.Defence => "Defence",
        ObligationType.Offence => "Offence",
        ObligationType.Neutrality => "Neutrality",
        ObligationType.NonAggression => "Non-aggression",
        ObligationType.Consultation => "Consultation",
        _ => type.ToString(),
    };

    /// <summary>What a kind of promise means, for the legend: the definitions content/README.md gives writers.</summary>
    public static string Meaning(ObligationType type) => type switch
    {
        ObligationType.Defence => "to help an ally that is attacked",
        ObligationType.Offence => "to join an ally in a war it starts, or to attack together",
        ObligationType.Neutrality => "to stay out of a war an ally fights, and not to help its enemy",
        ObligationType.NonAggression => "not to attack one another",
        ObligationType.Consultation => "to consult in a crisis or when one member asks",
        _ => "",
    };

    /// <summary>The conditions as phrases; none means the promise holds whatever the circumstances.</summary>
    public static IReadOnlyList<string> Conditions(Obligation obligation)
    {
        var conditions = new List<string>();
        if (obligation.Adversary is { } adversary)
        {
            conditions.Add($"only against {adversary}");
        }

        if (obligation.Territory is { } territory)
        {
            conditions.Add($"only in {territory}");
        }

        if (obligation.Unprovoked)
        {
            conditions.Add("only against an unprovoked attack");
        }

        if (obligation.War is { } war)
        {
            conditions.Add($"only in {war}");
        }

        if (obligation.OtherCondition is { } other)
        {
            conditions.Add(other);
        }

        return conditions;
    }

    /// <summary>"Only against Russia; only in China and Korea." or "No conditions."</summary>
    public static string ConditionsSentence(Obligation obligation) =>
        Conditions(obligation) is { Count: > 0 } conditions
            ? Capitalised(string.Join("; ", conditions)) + (conditions[^1].EndsWith('.') ? "" : ".")
            : "No conditions.";

    /// <summary>"Every member", or the members that make the promise, by name.</summary>
    public static string MadeBy(Obligation obligation, IReadOnlyDictionary<string, string> countryNames) =>
        obligation.Members.Count == 0
            ? "Every member"
            : JoinedWithAnd(obligation.Members.Select(code => countryNames.GetValueOrDefault(code, code)).ToList());

    /// <summary>The last day a phase's terms held: its own end, the next phase's start, or the alliance's end.</summary>
    public static (DateOnly Date, DatePrecision Precision)? EndOf(IReadOnlyList<AlliancePhase> phases, int index, Alliance alliance) =>
        phases[index].To is { } to ? (to, phases[index].ToPrecision)
        : index + 1 < phases.Count ? (phases[index + 1].From, phases[index + 1].FromPrecision)
        : alliance.Dissolved is { } dissolved ? (dissolved, alliance.DissolvedPrecision)
        : null;

    /// <summary>The promises of one phase: those that name it and those that hold in every phase.</summary>
    public static IEnumerable<Obligation> Of(IEnumerable<Obligation> obligations, string? phase) =>
        obligations.Where(o => o.Phase is null || o.Phase == phase).OrderBy(o => o.Position);

    public static string JoinedWithAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    private static string Capitalised(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
