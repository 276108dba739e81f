using System.Globalization;
using System.Text;
using System.Xml;
using AllianceAtlas.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AllianceAtlas.Web.Feeds;

/// <summary>robots.txt, sitemap.xml and the Atom feed of recent changes: how other tools find the atlas.</summary>
public static class FeedEndpoints
{
    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (HttpRequest request) => Results.Text(
            $"User-agent: *\nDisallow: /admin\nSitemap: {BaseUrl(request)}/sitemap.xml\n", "text/plain; charset=utf-8"));
        app.MapGet("/sitemap.xml", SitemapAsync);
        app.MapGet("/feed.atom", AtomAsync);
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static async Task<IResult> SitemapAsync(HttpRequest request, AtlasDbContext db, CancellationToken cancellationToken)
    {
        var root = BaseUrl(request);
        var paths = new List<string> { "/", "/alliances", "/timeline", "/turning-points", "/topics", "/countries", "/about" };
        paths.AddRange((await db.Alliances.AsNoTracking().OrderBy(a => a.Slug).Select(a => a.Slug).ToListAsync(cancellationToken)).Select(s => "/alliances/" + s));
        paths.AddRange((await db.Events.AsNoTracking().OrderBy(e => e.Slug).Select(e => new { e.Slug, e.IsTurningPoint }).ToListAsync(cancellationToken))
            .Select(e => Pages.Events.EventAddress.Of(e.Slug, e.IsTurningPoint)).Order(StringComparer.Ordinal));
        paths.AddRange((await db.Topics.AsNoTracking().OrderBy(t => t.Order).Select(t => t.Slug).ToListAsync(cancellationToken)).Select(s => "/topics/" + s));
        paths.AddRange((await db.Countries.AsNoTracking().OrderBy(c => c.Code).Select(c => c.Code).ToListAsync(cancellationToken)).Select(c => "/countries/" + c.ToLowerInvariant()));

        return Xml(writer =>
        {
            writer.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in paths)
            {
                writer.WriteStartElement("url");
                writer.WriteElementString("loc", XmlText(root + path));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }, "application/xml");
    }

    private static async Task<IResult> AtomAsync(HttpRequest request, AtlasDbContext db, CancellationToken cancellationToken)
    {
        var root = BaseUrl(request);
        var changes = await db.Revisions.AsNoTracking()
            .Where(r => r.IsPublished && (r.EntryType == "alliances" || r.EntryType == "topics" || r.EntryType == "events"))
            .OrderByDescending(r => r.Id).Take(50).ToListAsync(cancellationToken);
        var turningPoints = (await db.Events.AsNoTracking().Where(e => e.IsTurningPoint).Select(e => e.Slug).ToListAsync(cancellationToken)).ToHashSet();
        var updated = changes.Count > 0 ? changes[0].SavedAtUtc : new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        return Xml(writer =>
        {
            const string atom = "http://www.w3.org/2005/Atom";
            writer.WriteStartElement("feed", atom);
            writer.WriteElementString("title", atom, "AllianceAtlas: recent changes");
            writer.WriteElementString("id", atom, root + "/feed.atom");
            writer.WriteElementString("updated", atom, Timestamp(updated));
            WriteLink(writer, atom, root + "/feed.atom", "self");
            WriteLink(writer, atom, root + "/", "alternate");
            writer.WriteStartElement("author", atom);
            writer.WriteElementString("name", atom, "AllianceAtlas editors");
            writer.WriteEndElement();
            foreach (var change in changes)
            {
                var path = change.EntryType switch
                {
                    "alliances" => "/alliances/" + change.Slug,
                    "topics" => "/topics/" + change.Slug,
                    _ => Pages.Events.EventAddress.Of(change.Slug, turningPoints.Contains(change.Slug)),
                };
                var permanent = $"{root}{path}?rev={change.Id.ToString(CultureInfo.InvariantCulture)}";
                writer.WriteStartElement("entry", atom);
                writer.WriteElementString("title", atom, XmlText($"{change.Title} (revision {change.Number.ToString(CultureInfo.InvariantCulture)})"));
                writer.WriteElementString("id", atom, XmlText(permanent));
                writer.WriteElementString("updated", atom, Timestamp(change.SavedAtUtc));
                WriteLink(writer, atom, XmlText(permanent), "alternate");
                writer.WriteElementString("summary", atom, XmlText(change.Summary));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }, "application/atom+xml");
    }

    private static void WriteLink(XmlWriter writer, string ns, string href, string rel)
    {
        writer.WriteStartElement("link", ns);
        writer.WriteAttributeString("href", href);
        writer.WriteAttributeString("rel", rel);
        writer.WriteEndElement();
    }

    /// <summary>
    /// Text as XML can hold it: a character XML 1.0 forbids (a control character saved before forms refused them, a
    /// lone surrogate) becomes U+FFFD, so one bad title never takes the feed down for everyone.
    /// </summary>
    private static string XmlText(string text)
    {
        var builder = (StringBuilder?)null;
        for (var i = 0; i < text.Length; i++)
        {
            var character = text[i];
            var length = char.IsHighSurrogate(character) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var valid = length == 2 || XmlConvert.IsXmlChar(character);
            if (!valid)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(text, i, length);
            }

            i += length - 1;
        }

        return builder?.ToString() ?? text;
    }

    private static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static IResult Xml(Action<XmlWriter> write, string contentType)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            write(writer);
        }

        return Results.Text("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + builder, contentType + "; charset=utf-8");
    }
}
