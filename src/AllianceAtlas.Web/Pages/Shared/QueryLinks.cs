using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace AllianceAtlas.Web.Pages.Shared;

public static class QueryLinks
{
    /// <summary>The address of this request with one query value changed (or removed when null), the rest kept.</summary>
    public static string With(HttpRequest request, string key, string? value)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value);
        query.Remove(key);
        var builder = new QueryBuilder(query.SelectMany(pair => pair.Value.Select(v => KeyValuePair.Create(pair.Key, v ?? ""))));
        if (value is not null)
        {
            builder.Add(key, value);
        }

        return request.PathBase + request.Path + builder.ToQueryString();
    }
}
