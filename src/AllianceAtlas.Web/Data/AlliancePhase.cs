namespace AllianceAtlas.Web.Data;

/// <summary>One set of an alliance's terms, from a treaty or its renewal until the next set or the alliance's end.</summary>
public class AlliancePhase
{
    public int Id { get; set; }
    public int AllianceId { get; set; }
    public Alliance Alliance { get; set; } = null!;
    public int Position { get; set; }
    public required string Name { get; set; }
    public DateOnly From { get; set; }
    public DatePrecision FromPrecision { get; set; }
    public DateOnly? To { get; set; }
    public DatePrecision ToPrecision { get; set; }
}
