using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace AllianceAtlas.Tests.Infrastructure;

/// <summary>
/// Submits an HTML form the way a browser without JavaScript does: every field's current value,
/// the antiforgery token included, changed only where the test types something.
/// </summary>
public sealed class BrowserlessForm
{
    private readonly List<KeyValuePair<string, string>> _fields;
    private readonly string _action;

    private BrowserlessForm(List<KeyValuePair<string, string>> fields, string action)
    {
        _fields = fields;
        _action = action;
    }

    public static BrowserlessForm From(IHtmlDocument page, string pagePath, string formSelector = "main form.form", string? button = null)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pagePath}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked)
                    {
                        fields.Add(new(name, box.Value));
                    }

                    break;
                case IHtmlInputElement { Type: "submit" or "button" }:
                case IHtmlButtonElement:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    var chosen = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
                    fields.Add(new(name, chosen?.Value ?? ""));
                    break;
            }
        }

        var submit = button is null
            ? null
            : form.QuerySelectorAll("button").FirstOrDefault(b => b.TextContent.Trim() == button)
                ?? throw new InvalidOperationException($"No button '{button}' in the form on {pagePath}");
        var action = submit?.GetAttribute("formaction") ?? form.GetAttribute("action");
        return new BrowserlessForm(fields, string.IsNullOrEmpty(action) ? pagePath : action);
    }

    public BrowserlessForm Set(string name, string value)
    {
        var index = _fields.FindIndex(f => f.Key == name);
        if (index < 0)
        {
            _fields.Add(new(name, value));
        }
        else
        {
            _fields[index] = new(name, value);
        }

        return this;
    }

    public BrowserlessForm Check(string name, string value)
    {
        _fields.Add(new(name, value));
        return this;
    }

    public BrowserlessForm Uncheck(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    public string? Value(string name) => _fields.FirstOrDefault(f => f.Key == name).Value;

    public async Task<HttpResponseMessage> SubmitAsync(HttpClient client)
    {
        using var content = new FormUrlEncodedContent(_fields);
        return await client.PostAsync(new Uri(System.Net.WebUtility.HtmlDecode(_action), UriKind.Relative), content);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return (IHtmlDocument)await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
    }
}
