using Hankevahti.Limits;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Web.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Hankevahti.Web.Plans;

/// <summary>
/// A part page whose forms edit text fields: the checks every such form makes (required, numbers and
/// dates the Finnish way and within their plausible ranges) with the message next to the field, and the conversions from
/// what a form sends to the model's values (blank → null, one line → one list item).
/// </summary>
public abstract class EditablePartPage(HankevahtiDb db, PlanCache cache, IStringLocalizer<UiText> ui) : PlanPartPage(db, cache, ui)
{
    /// <summary>
    /// The limits of the plan's fields (configuration "Limits"). The lengths of text are checked when
    /// the form is bound (<see cref="Limits.LimitAttribute"/>); the ranges of numbers and dates here.
    /// </summary>
    protected FieldLimits Limits => HttpContext.RequestServices.GetRequiredService<IOptions<FieldLimits>>().Value;

    /// <summary>Adds a message when a required field is blank; true when the value is there. How long it may be is its kind's business.</summary>
    protected bool CheckRequired(string field, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            FieldError(field, "Required", label);
            return false;
        }
        return true;
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
        return InRange(field, label, number, min, max, out value);
    }

    /// <summary>An optional count (a size, a number of people): a number from 0 to the configured largest count; blank is null.</summary>
    protected bool TryOptionalCount(string field, string? text, string label, out decimal? value) =>
        TryOptionalNumber(field, text, label, 0, Limits.Numbers.MaxCount, out value);

    /// <summary>Adds the out-of-range message when <paramref name="number"/> is not within the bounds; else gives it as <paramref name="value"/>.</summary>
    protected bool InRange(string field, string label, decimal number, decimal min, decimal max, out decimal? value)
    {
        value = null;
        if (number < min || number > max)
        {
            FieldError(field, "OutOfRange", label, FormValues.Number(min), FormValues.Number(max));
            return false;
        }
        value = number;
        return true;
    }

    /// <summary>A message on the upper end when both ends of a range are known and the lower is above the upper.</summary>
    protected bool CheckMinMax(string maxField, string maxLabel, string minLabel, decimal? min, decimal? max)
    {
        if (min is { } low && max is { } high && low > high)
        {
            FieldError(maxField, "MinAboveMax", maxLabel, minLabel);
            return false;
        }
        return true;
    }

    /// <summary>
    /// A message on the end of a period when it is further from the start than a project runs
    /// (<see cref="DateLimits.MaxPeriodYears"/>). An end before the start is the page's to say, in its own words.
    /// </summary>
    protected bool CheckPeriodLength(string endField, string endLabel, string startLabel, DateOnly? start, DateOnly? end)
    {
        if (start is { } from && end is { } to && to >= from && !Limits.IsPlausiblePeriod(from, to))
        {
            FieldError(endField, "PeriodTooLong", endLabel, startLabel, Limits.Dates.MaxPeriodYears);
            return false;
        }
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
        return InRange(field, label, amount, 0, Limits.Numbers.MaxAmount, out value);
    }

    /// <summary>An optional date of the plan, within the plausible dates (<see cref="DateLimits"/>); blank is null.</summary>
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
        if (!Limits.IsPlausible(date))
        {
            FieldError(field, "OutOfRange", label, FormValues.Date(Limits.Dates.Earliest), FormValues.Date(Limits.Dates.Latest));
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
