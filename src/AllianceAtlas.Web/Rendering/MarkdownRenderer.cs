using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace AllianceAtlas.Web.Rendering;

/// <summary>
/// Turns essay markdown into safe HTML: raw HTML is shown as text, links may only use safe schemes,
/// and every heading gets a stable id derived from its words.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .UseEmphasisExtras()
        // No list extras: they read a line starting with an initial ("M. E. Sarotte") as a lettered or roman list.
        .UseFootnotes()
        .UseAutoLinks()
        .Build();

    public static RenderedMarkdown Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        MakeUnsafeLinksInert(document);

        var headings = document.Descendants<HeadingBlock>()
            .Where(heading => heading.Level is 2 or 3)
            .Select(heading => new SectionHeading(heading.Level, heading.GetAttributes().Id ?? "", PlainText(heading.Inline)))
            .Where(heading => heading.Id.Length > 0)
            .ToList();

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedMarkdown(new HtmlString(writer.ToString()), headings);
    }

    /// <summary>The words a reader sees, without markdown's marks: link text without its address, headings without '#'.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(markdown, Pipeline);

    /// <summary>The first paragraph as plain text, for previews.</summary>
    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var builder = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants())
        {
            switch (child)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Every address markdown can put in a page passes one check: inline and reference links and images (all
    /// <see cref="LinkInline"/>, with a heading reference's address computed late) and &lt;autolinks&gt;.
    /// </summary>
    private static void MakeUnsafeLinksInert(MarkdownDocument document)
    {
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case LinkInline link when !IsSafe(link.GetDynamicUrl?.Invoke() ?? link.Url):
                    link.GetDynamicUrl = null;
                    link.Url = "#";
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !IsSafe(autolink.Url):
                    // An autolink's text is its address: the reader still sees what was written, linked nowhere.
                    var inert = new LinkInline("#", "");
                    inert.AppendChild(new LiteralInline(autolink.Url));
                    autolink.ReplaceBy(inert);
                    break;
            }
        }
    }

    /// <summary>
    /// Addresses on this site (one leading slash, a fragment or a query), relative ones without a scheme, and http,
    /// https and mailto. "//host" and "/\host" are other sites to a browser, which also ignores tabs and line breaks
    /// inside an address, so an address with any control character is refused whole.
    /// </summary>
    private static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var trimmed = url.Trim(' ');
        if (trimmed.Length == 0)
        {
            return true;
        }

        if (trimmed.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || trimmed.Contains('\u007f', StringComparison.Ordinal) || trimmed[0] == '\\')
        {
            return false;
        }

        if (trimmed[0] == '/')
        {
            return trimmed.Length == 1 || trimmed[1] is not ('/' or '\\');
        }

        if (trimmed[0] is '#' or '?')
        {
            return true;
        }

        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            ? uri.Scheme is "http" or "https" or "mailto"
            : !trimmed.Contains(':', StringComparison.Ordinal);
    }
}
