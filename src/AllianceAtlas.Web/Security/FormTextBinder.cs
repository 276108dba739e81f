using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AllianceAtlas.Web.Security;

/// <summary>
/// The one rule every posted form field obeys: no C0 control character, except tab and line breaks in multi-line text
/// (a property marked <see cref="DataType.MultilineText"/>, such as an essay). Such a character passes every length and
/// format check unseen, and a stored one breaks what is made from it later (XML cannot hold it at all). The field keeps
/// what was typed, with a message that names it.
/// </summary>
public sealed partial class FormTextBinder(IModelBinder inner) : IModelBinder
{
    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result.Model is not string text || !bindingContext.HttpContext.Request.HasFormContentType)
        {
            return;
        }

        var multiLine = bindingContext.ModelMetadata.DataTypeName == nameof(DataType.MultilineText);
        foreach (var character in text)
        {
            if (character < ' ' && !(multiLine && character is '\t' or '\n' or '\r'))
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                    $"{Label(bindingContext)} contains a control character (U+{(int)character:X4}), which cannot be saved: delete it and type the text again.");
                return;
            }
        }
    }

    /// <summary>"Short name", or "Joined in row 2" for a field of a table's second row.</summary>
    private static string Label(ModelBindingContext bindingContext)
    {
        var metadata = bindingContext.ModelMetadata;
        var name = metadata.DisplayName ?? Words(metadata.PropertyName ?? bindingContext.ModelName);
        var row = RowIndex().Match(bindingContext.ModelName);
        return row.Success
            ? $"{name} in row {(int.Parse(row.Groups[1].ValueSpan, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture)}"
            : name;
    }

    private static string Words(string propertyName)
    {
        var words = PascalCaseBoundary().Replace(propertyName, " $1").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"\[(\d+)\][^\[]*$")]
    private static partial Regex RowIndex();

    [GeneratedRegex(@"(?<=[a-z])([A-Z])")]
    private static partial Regex PascalCaseBoundary();
}
