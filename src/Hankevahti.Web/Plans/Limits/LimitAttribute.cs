using Hankevahti.Limits;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Hankevahti.Plans;
using Hankevahti.Web.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Hankevahti.Web.Plans.Limits;

/// <summary>
/// The kind of a form's text field (<see cref="FieldKind"/>), declared once on the property the form
/// binds. The same declaration gives the field its maxlength and the limit shown beside it
/// (<see cref="LimitTagHelper"/>) and refuses a longer value when the form is bound, before any handler
/// runs: "Kenttä ”Kuvaus” saa olla enintään 10000 merkkiä." with the field's label from the resources
/// its class names (<see cref="LabelsFromAttribute"/>).
/// </summary>
/// <remarks>
/// Length is counted as the browser counts it for maxlength: after trimming, with a line end as one
/// character (a browser sends a textarea's line ends as two). A <see cref="FieldKind.Number"/> or
/// <see cref="FieldKind.Date"/> field is only capped here: the page reads it, and a value that does not
/// read or is out of its range gets the page's own message.
/// </remarks>
[AttributeUsage(AttributeTargets.Property)]
public sealed class LimitAttribute(FieldKind kind) : ValidationAttribute
{
    public FieldKind Kind => kind;

    /// <summary>The label's key in the class's resources; the property's name when not given.</summary>
    public string? Label { get; init; }

    public override bool RequiresValidationContext => true;

    protected override ValidationResult? IsValid(object? value, ValidationContext context)
    {
        if (value is not string text || kind is FieldKind.Number or FieldKind.Date)
        {
            return ValidationResult.Success;
        }
        var limits = context.GetRequiredService<IOptions<FieldLimits>>().Value;
        var normal = Normal(text);
        var max = limits.MaxLength(kind);
        string? key = null;
        if (normal.Length > max)
        {
            key = "TooLong";
        }
        else if (kind == FieldKind.ListLine && normal.Split('\n').Any(line => line.Trim().Length > limits.Text.ListLine))
        {
            (key, max) = ("TooLongLine", limits.Text.ListLine);
        }
        if (key is null)
        {
            return ValidationResult.Success;
        }
        var factory = context.GetRequiredService<IStringLocalizerFactory>();
        var label = LabelOf(factory, context.ObjectType, Label ?? context.MemberName ?? "");
        var message = string.Format(CultureInfo.CurrentUICulture, factory.Create(typeof(UiText))[key], label, max);
        return new ValidationResult(message);
    }

    /// <summary>The text as its length is counted: line ends as "\n", no spaces around the whole.</summary>
    public static string Normal(string text) => text.ReplaceLineEndings("\n").Trim();

    private static string LabelOf(IStringLocalizerFactory factory, Type container, string key) =>
        container.GetCustomAttribute<LabelsFromAttribute>() is { } labels ? factory.Create(labels.Resources)[key] : key;
}

/// <summary>The resources (a page's text marker, e.g. RisksText) whose keys name a form class's fields in messages.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class LabelsFromAttribute(Type resources) : Attribute
{
    public Type Resources => resources;
}
