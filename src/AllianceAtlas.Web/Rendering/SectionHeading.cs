namespace AllianceAtlas.Web.Rendering;

/// <summary>A heading in an essay with the id a teacher's link points at.</summary>
public sealed record SectionHeading(int Level, string Id, string Text);
