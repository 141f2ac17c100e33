using Hankevahti.Storage.Database;
using Hankevahti.Web.Shared;
using Microsoft.Extensions.Localization;

namespace Hankevahti.Web.Plans;

/// <summary>
/// A part page whose forms edit text fields: the checks every such form makes (required, length,
/// numbers and dates the Finnish way) with the message next to the field, and the conversions from
/// what a form sends to the model's values (blank → null, one line → one list item).
/// </summary>
public abstract class EditablePartPage(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui) : PlanPartPage(db, cache, ui)
{
    /// <summary>A one-line field: names, titles, short texts.</summary>
    public const int ShortText = 300;

    /// <summary>A textarea: descriptions and the like.</summary>
    public const int LongText = 4000;

    /// <summary>A section's text, which may hold a whole chapter of the plan.</summary>
    public const int ChapterText = 100_000;

    /// <summary>Adds a message when a required field is blank or a field is longer than allowed; true when the value is fine.</summary>
    protected bool CheckText(string field, string? value, string label, int max, bool required = false)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            FieldError(field, "Required", label);
            return false;
        }
        if (value is not null && value.Trim().Length > max)
        {
            FieldError(field, "TooLong", label, max);
            return false;
        }
        return true;
    }

    /// <summary>Each non-empty line a list item, at most <paramref name="max"/> characters each.</summary>
    protected bool CheckLines(string field, string? value, string label, int max = ShortText)
    {
        if (Lines(value).Any(line => line.Length > max))
        {
            FieldError(field, "TooLong", label, max);
            return false;
        }
        return CheckText(field, value, label, LongText);
    }

    /// <summary>An optional number between the bounds; blank is null.</summary>
    protected bool TryOptionalNumber(string field, string? text, string label, decimal min, decimal max, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (!FormValues.TryNumber(text, out var number))
        {
            FieldError(field, "NotANumber", label);
            return false;
        }
        if (number < min || number > max)
        {
            FieldError(field, "OutOfRange", label, FormValues.Number(min), FormValues.Number(max));
            return false;
        }
        value = number;
        return true;
    }

    /// <summary>An optional amount in euros, not negative; blank is null.</summary>
    protected bool TryOptionalAmount(string field, string? text, string label, out decimal? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        // A transfer or a cost is never below zero: a minus sign is a typing error like a letter is.
        if (!FormValues.TryAmount(text, out var amount) || amount < 0)
        {
            FieldError(field, "NotAnAmount", label);
            return false;
        }
        value = amount;
        return true;
    }

    /// <summary>An optional date; blank is null.</summary>
    protected bool TryOptionalDate(string field, string? text, string label, out DateOnly? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (!FormValues.TryDate(text, out var date))
        {
            FieldError(field, "NotADate", label);
            return false;
        }
        value = date;
        return true;
    }

    /// <summary>Blank as null, anything else without the spaces around it.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A textarea's non-empty lines, trimmed: how lists of short texts are edited.</summary>
    public static List<string> Lines(string? text) =>
        (text ?? "").ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>A list of short texts as a textarea shows it, one per line.</summary>
    public static string Lines(IEnumerable<string> items) => string.Join("\n", items);

    /// <summary>Free text as the model keeps it: line ends as "\n", no spaces around the whole.</summary>
    public static string Text(string? text) => (text ?? "").ReplaceLineEndings("\n").Trim();
}
