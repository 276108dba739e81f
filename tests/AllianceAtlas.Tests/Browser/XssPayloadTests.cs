using System.Net;
using AllianceAtlas.Tests.Infrastructure;
using Microsoft.Playwright;

namespace AllianceAtlas.Tests.Browser;

/// <summary>
/// An editor's account is the way in that matters: OWASP cheat-sheet payloads stored through the admin pages in
/// every markdown and text field must reach readers as text, never as markup that runs.
/// </summary>
public sealed class XssPayloadTests(LiveAtlas atlas) : IClassFixture<LiveAtlas>
{
    // Each payload, if it ever ran, would open a dialog or set window.__xss.
    private static readonly string[] Payloads =
    [
        "<script>window.__xss=1</script>",
        "<img src=x onerror=\"window.__xss=1\">",
        "<svg onload=alert(1)>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=alert(1)>",
        "</script><script>window.__xss=1</script>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"javascript:alert(1)\">link</a>",
        "[markdown link](javascript:alert(1))",
        "[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![image](x\" onerror=\"alert(1))",
        "<details open ontoggle=alert(1)>",
        "<body onload=alert(1)>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "{{constructor.constructor('alert(1)')()}}",
        "<style>body{display:none}</style>",
    ];

    private static string Short(int i) => Payloads[i % Payloads.Length];

    private static string All => string.Join("\n\n", Payloads.Select((p, i) => $"Payload {i}: {p}"));

    [Fact]
    public async Task No_stored_payload_runs_on_any_public_page()
    {
        var email = $"xss-{Guid.NewGuid():N}@example.org";
        await EditorAccounts.CreateAsync(atlas, email, "Editor");
        using var editor = await EditorAccounts.SignedInClientAsync(atlas, email);

        await SubmitAsync(editor, "/admin/alliances/new", form => form
            .Set("Form.Name", "Pact " + Short(0)).Set("Form.ShortName", Short(1)[..Math.Min(60, Short(1).Length)])
            .Set("Form.Slug", "xss-pact").Set("Form.Kind", "CollectiveDefence").Set("Form.Founded", "1960-01-01")
            .Set("Form.Treaty", Short(5)).Set("Form.Headquarters", Short(3))
            .Set("Form.Summary", "Summary " + Short(2)).Set("Form.Body", "## Heading " + Short(1) + "\n\n" + All)
            .Check("Form.Regions", "europe")
            .Set("Form.Members[0].Country", "FR").Set("Form.Members[0].Joined", "1960-01-01").Set("Form.Members[0].Note", Short(4))
            .Set("Form.Members[1].Country", "DE").Set("Form.Members[1].Joined", "1961-05-01")
            .Set("Form.Sources[0].Title", Short(6)).Set("Form.Sources[0].Publisher", Short(7)));
        await SubmitAsync(editor, "/admin/events/new", form => form
            .Set("Form.Title", "Point " + Short(5)).Set("Form.Slug", "xss-point").Set("Form.Date", "1975-08-01")
            .Set("Form.Kind", "Treaty").Set("Form.IsTurningPoint", "true").Set("Form.Summary", Short(1))
            .Set("Form.Body", All).Set("Form.Alliances", "xss-pact").Set("Form.Sources[0].Title", Short(2)));
        await SubmitAsync(editor, "/admin/topics/new", form => form
            .Set("Form.Title", "Topic " + Short(3)).Set("Form.Slug", "xss-topic").Set("Form.Order", "99")
            .Set("Form.Summary", Short(0)).Set("Form.Body", All).Set("Form.Alliances", "xss-pact")
            .Set("Form.Sources[0].Title", Short(4)));
        await SubmitAsync(editor, "/admin/countries/FR/edit", form => form
            .Set("Form.Name", "France " + Short(1)).Set("Form.Note", Short(0)));

        string[] pages =
        [
            "/", "/alliances", "/alliances/xss-pact", "/timeline", "/timeline?alliance=xss-pact", "/turning-points",
            "/turning-points/xss-point", "/topics", "/topics/xss-topic", "/countries", "/countries/fr",
            "/map?date=1970&alliance=xss-pact", "/search?q=payload", "/search?q=" + Uri.EscapeDataString(Short(0)),
            "/alliances/nato",
        ];
        foreach (var path in pages)
        {
            var context = await atlas.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = atlas.BaseAddress.ToString() });
            var page = await context.NewPageAsync();
            var dialogs = new List<string>();
            page.Dialog += async (_, dialog) =>
            {
                dialogs.Add(dialog.Message);
                await dialog.DismissAsync();
            };
            var response = await page.GotoAsync(path);
            Assert.Equal((int)HttpStatusCode.OK, response!.Status);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

            Assert.Empty(dialogs);
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__xss"));
            var injected = await page.EvaluateAsync<int>("""
                () => document.querySelectorAll('img[src="x"], iframe, details[ontoggle], math, body [onload], [onerror], ' +
                    'a[href^="javascript:" i], a[href^="data:" i], style, script:not([src]):not([type="application/ld+json"])').length
                """);
            Assert.True(injected == 0, $"{path} has {injected} element(s) made from a payload");
            Assert.True(await page.Locator("main").IsVisibleAsync(), $"{path} was hidden by a stored style");
            await context.CloseAsync();
        }

        var (_, stored) = await atlas.GetPageAsync("/alliances/xss-pact");
        Assert.Contains("<script>window.__xss=1</script>", stored.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task SubmitAsync(HttpClient editor, string path, Action<BrowserlessForm> fill)
    {
        var (_, page) = await EditorAccounts.GetAsync(editor, path);
        var form = BrowserlessForm.From(page, path, button: "Save");
        fill(form);
        var response = await form.SubmitAsync(editor);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{path}: " + (await BrowserlessForm.ParseAsync(response)).QuerySelector(".form-errors")?.TextContent);
    }
}
