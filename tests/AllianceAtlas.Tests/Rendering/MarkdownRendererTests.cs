using AllianceAtlas.Web.Rendering;

namespace AllianceAtlas.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Raw_html_in_markdown_is_shown_as_text_not_run()
    {
        var html = MarkdownRenderer.Render("Hello <script>alert(1)</script> <img src=x onerror=alert(2)>").Html.Value!;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JAVASCRIPT:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    public void Links_with_unsafe_schemes_lose_their_target(string markdown)
    {
        var html = MarkdownRenderer.Render(markdown).Html.Value!;

        Assert.Contains("href=\"#\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<JavaScript:alert(1)>")]
    [InlineData("[x](//evil.example/)")]
    [InlineData("[x](/\\evil.example/)")]
    [InlineData("[x](\\\\evil.example/)")]
    [InlineData("[x](/&#x09;/evil.example/)")]
    [InlineData("[x](java&#x09;script:alert(1))")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[x][r]\n\n[r]: //evil.example/")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("![x](//evil.example/pixel.png)")]
    public void Every_link_form_passes_the_same_check_and_off_site_or_script_targets_become_inert(string markdown)
    {
        var html = MarkdownRenderer.Render(markdown).Html.Value!;

        var targets = System.Text.RegularExpressions.Regex.Matches(html, "(?:href|src)=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, target => Assert.Equal("#", target));
    }

    [Fact]
    public void Safe_links_keep_their_target()
    {
        var html = MarkdownRenderer.Render("[NATO](/alliances/nato) and [the treaty](https://example.org/t)").Html.Value!;

        Assert.Contains("href=\"/alliances/nato\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://example.org/t\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_get_ids_from_their_words_and_are_listed_for_a_table_of_contents()
    {
        var rendered = MarkdownRenderer.Render("## Article 51 and self-defence\n\nText.\n\n### A detail\n\n#### Too deep");

        Assert.Contains("<h2 id=\"article-51-and-self-defence\">", rendered.Html.Value, StringComparison.Ordinal);
        Assert.Equal(
            [new SectionHeading(2, "article-51-and-self-defence", "Article 51 and self-defence"), new SectionHeading(3, "a-detail", "A detail")],
            rendered.Headings);
    }

    [Theory]
    [InlineData("- M. E. Sarotte, *Not One Inch*, Yale University Press, 2021.", "M. E. Sarotte")]
    [InlineData("E. H. Carr wrote it.", "E. H. Carr wrote it.")]
    [InlineData("- C. Clark, *The Sleepwalkers*", "C. Clark")]
    public void A_line_starting_with_an_initial_stays_text_and_keeps_its_initials(string markdown, string expected)
    {
        var html = MarkdownRenderer.Render(markdown).Html.Value!;

        Assert.DoesNotContain("<ol", html, StringComparison.Ordinal);
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }
}
