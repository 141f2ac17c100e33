using Hankevahti.Limits;
using System.Globalization;
using System.Net;
using System.Text.Encodings.Web;
using Hankevahti.Plans;
using Hankevahti.Web.Plans.Forms;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Hankevahti.Web.Plans.Limits;

/// <summary>
/// Gives every text input and textarea of a page whose model declares the field's kind
/// (<see cref="LimitAttribute"/>) its maxlength and, for text, the limit beside it ("enintään 300
/// merkkiä"), tied to the field with aria-describedby. The markup of the forms stays as it is: the field's
/// name says which property it is, so a field cannot show one limit and be checked against another.
/// </summary>
[HtmlTargetElement("input", Attributes = "name", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("input", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("textarea", Attributes = "name")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class LimitTagHelper(IOptions<FieldLimits> limits, IStringLocalizer<FormsText> text, HtmlEncoder encoder) : TagHelper
{
    // After the framework's input and textarea helpers, which write the name and id of an asp-for field.
    public override int Order => 1000;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.TagName == "input" && Value(output, "type") is { } type && !type.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        if (ViewContext.ActionDescriptor is not CompiledPageActionDescriptor { ModelTypeInfo: { } model }
            || Value(output, "name") is not { } name
            || FieldKinds.Find(model.AsType(), name) is not { } limit)
        {
            return;
        }
        var kind = limit.Kind;
        var max = limits.Value.MaxLength(kind);
        output.Attributes.SetAttribute("maxlength", max.ToString(CultureInfo.InvariantCulture));
        if (kind is FieldKind.Number or FieldKind.Date)
        {
            // A number's or a date's field has its format and range in its help and message; a length would only confuse.
            return;
        }
        var id = Value(output, "id") ?? name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
        var helpId = id + "-limit";
        var described = Value(output, "aria-describedby");
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrWhiteSpace(described) ? helpId : described + " " + helpId);
        var help = kind == FieldKind.ListLine
            ? string.Format(CultureInfo.CurrentUICulture, text["AtMostPerLine"], limits.Value.Text.ListLine, max)
            : string.Format(CultureInfo.CurrentUICulture, text["AtMost"], max);
        // The app's encoder, which writes Finnish letters as they are (WebApp).
        output.PostElement.AppendHtml($"<span class=\"help limit\" id=\"{encoder.Encode(helpId)}\">{encoder.Encode(help)}</span>");
    }

    /// <summary>An attribute's value as text, whether it was written as text or made of Razor expressions.</summary>
    private static string? Value(TagHelperOutput output, string name)
    {
        if (!output.Attributes.TryGetAttribute(name, out var attribute) || attribute.Value is null)
        {
            return null;
        }
        if (attribute.Value is IHtmlContent html)
        {
            using var writer = new StringWriter();
            html.WriteTo(writer, HtmlEncoder.Default);
            return WebUtility.HtmlDecode(writer.ToString());
        }
        return attribute.Value.ToString();
    }
}
