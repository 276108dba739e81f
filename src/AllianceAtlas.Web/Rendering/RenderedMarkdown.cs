using Microsoft.AspNetCore.Html;

namespace AllianceAtlas.Web.Rendering;

public sealed record RenderedMarkdown(HtmlString Html, IReadOnlyList<SectionHeading> Headings);
