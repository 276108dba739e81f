using Microsoft.Playwright;

namespace AllianceAtlas.Tests.Browser;

/// <summary>
/// Finds text drawn over other text in what the viewport shows now, as a reader would notice it: a sticky box without a
/// background lying over the essay, or chart labels running into each other. The same check as
/// /work/shared/tools/look.mjs: the boxes of every visible text fragment (Range.getClientRects on text nodes, SVG text
/// included), and pairs from unrelated elements that cover each other by more than a sliver.
/// </summary>
public static class TextOverlap
{
    private const string FindOverlaps =
        """
        () => {
            const frags = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if (!n.textContent.trim()) continue;
                const el = n.parentElement;
                const cs = getComputedStyle(el);
                if (cs.visibility !== 'visible' || Number(cs.opacity) === 0) continue;
                // The contents of a closed <details> keep their boxes but are not drawn.
                if (!el.checkVisibility({ contentVisibilityAuto: true, opacityProperty: true, visibilityProperty: true })) continue;
                const range = document.createRange();
                range.selectNodeContents(n);
                for (const r of range.getClientRects()) {
                    if (r.width < 3 || r.height < 3) continue;
                    if (r.bottom <= 0 || r.top >= innerHeight) continue;
                    frags.push({ el, r, text: n.textContent.trim().slice(0, 40) });
                }
            }
            const hits = [];
            for (let i = 0; i < frags.length; i++) for (let j = i + 1; j < frags.length; j++) {
                const a = frags[i], b = frags[j];
                if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
                const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
                const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
                if (w > 4 && h > Math.min(a.r.height, b.r.height) * 0.4) hits.push(`'${a.text}' over '${b.text}'`);
            }
            return hits;
        }
        """;

    /// <summary>
    /// Scrolls from the top to the bottom of the page in <paramref name="stops"/> steps and returns every overlap seen,
    /// each with the scroll position it was seen at.
    /// </summary>
    public static async Task<IReadOnlyList<string>> WhileScrollingAsync(IPage page, int stops = 5)
    {
        var found = new List<string>();
        var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
        var viewport = page.ViewportSize!.Height;
        for (var stop = 0; stop < stops; stop++)
        {
            var y = Math.Max(0, (height - viewport) * stop / Math.Max(1, stops - 1));
            // Scrolls at once (smooth scrolling would still be moving) and waits for a frame, so sticky boxes have moved.
            await page.EvaluateAsync("y => { window.scrollTo({ top: y, behavior: 'instant' }); return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r))); }", y);
            found.AddRange((await page.EvaluateAsync<string[]>(FindOverlaps)).Select(hit => $"at {y}px: {hit}"));
        }

        return found;
    }
}
