namespace AllianceAtlas.Web.Data;

/// <summary>How much of a historical date is known: many treaties are dated only to a month or year.</summary>
public enum DatePrecision
{
    Day = 0,
    Month = 1,
    Year = 2,
}
