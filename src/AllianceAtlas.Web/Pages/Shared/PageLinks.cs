namespace AllianceAtlas.Web.Pages.Shared;

/// <summary>The addresses of the previous and next pages: the same query string with only the page changed.</summary>
public sealed record PageLinks(int Number, int Pages, int Total, string? Previous, string? Next)
{
    public static PageLinks For<T>(HttpRequest request, PageOf<T> page) =>
        new(page.Number, page.Pages, page.Total,
            page.HasPrevious ? To(request, page.Number - 1) : null,
            page.HasNext ? To(request, page.Number + 1) : null);

    private static string To(HttpRequest request, int number) =>
        QueryLinks.With(request, "page", number > 1 ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
}
