using AllianceAtlas.Web.Data;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AllianceAtlas.Web.Pages.Shared;

/// <summary>Writes <c>&lt;date-text value="..." precision="..."&gt;</c> as a &lt;time&gt; element with a machine-readable date.</summary>
[HtmlTargetElement("date-text", TagStructure = TagStructure.WithoutEndTag)]
public sealed class HistoricalDateTagHelper : TagHelper
{
    public DateOnly? Value { get; set; }
    public DatePrecision Precision { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Value is not { } date)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", HistoricalDate.Iso(date, Precision));
        output.Content.SetContent(HistoricalDate.Format(date, Precision));
    }
}
