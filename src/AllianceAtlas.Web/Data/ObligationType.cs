namespace AllianceAtlas.Web.Data;

/// <summary>The five kinds of promise the Alliance Treaty Obligations and Provisions (ATOP) project codes.</summary>
public enum ObligationType
{
    Defence,
    Offence,
    Neutrality,
    NonAggression,
    Consultation,
}
