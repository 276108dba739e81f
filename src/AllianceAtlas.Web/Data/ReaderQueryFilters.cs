using System.Linq.Expressions;

namespace AllianceAtlas.Web.Data;

/// <summary>
/// What readers may see: published entries only, and a draft alliance's members as little as the alliance. Every
/// query runs through these unless it asks for <c>IgnoreQueryFilters()</c>, as the editors' pages do.
/// One definition serves both models: <see cref="AtlasDbContext"/> configures them, and the compiled SQLite model,
/// whose generator cannot write expressions, has them added when it loads.
/// </summary>
public static class ReaderQueryFilters
{
    public static readonly Expression<Func<Alliance, bool>> Alliances = a => a.IsPublished;

    public static readonly Expression<Func<Membership, bool>> Memberships = m => m.Alliance.IsPublished;

    public static readonly Expression<Func<Obligation, bool>> Obligations = o => o.Alliance.IsPublished;

    public static readonly Expression<Func<AlliancePhase, bool>> Phases = p => p.Alliance.IsPublished;

    public static readonly Expression<Func<TimelineEvent, bool>> Events = e => e.IsPublished;

    public static readonly Expression<Func<Topic, bool>> Topics = t => t.IsPublished;
}
