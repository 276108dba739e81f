using System.Linq.Expressions;
using AllianceAtlas.Web.Content;
using AllianceAtlas.Web.Data;

namespace AllianceAtlas.Web.Pages.Alliances;

/// <summary>
/// The alliance list's filters and sorting, shared by the page and the JSON API so both answer a
/// query string the same way. A value that means nothing is dropped and explained in <c>problems</c>.
/// </summary>
public static class AllianceListQuery
{
    public static readonly Expression<Func<Alliance, AllianceRow>> Row = a => new AllianceRow(
        a.Slug, a.Name, a.ShortName, a.Kind, a.Founded, a.FoundedPrecision, a.Dissolved, a.DissolvedPrecision, a.Summary,
        a.Memberships.AsQueryable().Count(Membership.IsCurrentFullMember));

    public static IQueryable<Alliance> Apply(IQueryable<Alliance> query, AllianceListFilter filter, List<string> problems)
    {
        if (filter.Kind is { } kindText)
        {
            if (KebabCase.TryParse<AllianceKind>(kindText, out var kind))
            {
                query = query.Where(a => a.Kind == kind);
            }
            else
            {
                problems.Add($"“{kindText}” is not a kind of alliance, so that filter was ignored.");
                filter.Kind = null;
            }
        }

        switch (filter.Status)
        {
            case null:
                break;
            case "active":
                query = query.Where(a => a.Dissolved == null);
                break;
            case "defunct":
                query = query.Where(a => a.Dissolved != null);
                break;
            default:
                problems.Add($"“{filter.Status}” is not a status (active or defunct), so that filter was ignored.");
                filter.Status = null;
                break;
        }

        if (filter.Region is { } region)
        {
            if (ContentReader.Regions.Contains(region))
            {
                query = query.Where(a => a.Regions.Contains(region));
            }
            else
            {
                problems.Add($"“{region}” is not a region, so that filter was ignored.");
                filter.Region = null;
            }
        }

        if (filter.Era is { } eraSlug)
        {
            if (Era.All.FirstOrDefault(e => e.Slug == eraSlug) is { } era)
            {
                query = query.Where(a => a.Founded <= era.End && (a.Dissolved == null || a.Dissolved >= era.Start));
            }
            else
            {
                problems.Add($"“{eraSlug}” is not an era, so that filter was ignored.");
                filter.Era = null;
            }
        }

        if (filter.Obligation is { } obligationText)
        {
            if (KebabCase.TryParse<ObligationType>(obligationText, out var obligation))
            {
                query = query.Where(a => a.Obligations.Any(o => o.Type == obligation));
            }
            else
            {
                problems.Add($"“{obligationText}” is not a kind of promise ({KebabCase.AllowedValues<ObligationType>()}), so that filter was ignored.");
                filter.Obligation = null;
            }
        }

        return filter.Sort switch
        {
            "founded" => query.OrderBy(a => a.Founded).ThenBy(a => a.Name),
            "founded-desc" => query.OrderByDescending(a => a.Founded).ThenBy(a => a.Name),
            "members" => query.OrderByDescending(a => a.Memberships.AsQueryable().Count(Membership.IsCurrentFullMember)).ThenBy(a => a.Name),
            _ => query.OrderBy(a => a.Name),
        };
    }
}
