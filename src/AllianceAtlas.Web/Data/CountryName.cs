namespace AllianceAtlas.Web.Data;

/// <summary>
/// What a state was called for part of its existence under its one code: `DE` was West Germany (the Federal Republic
/// of Germany) from 23 May 1949 until unification on 3 October 1990. A page that shows a date names the state as it
/// was then.
/// </summary>
public class CountryName
{
    public required string CountryCode { get; set; }
    public required string Name { get; set; }

    /// <summary>The first day the state bore this name.</summary>
    public DateOnly From { get; set; }

    /// <summary>The first day it no longer did (the day it took its next name).</summary>
    public DateOnly To { get; set; }
}
