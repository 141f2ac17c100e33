using System.Globalization;

namespace Hankevahti.Web.Shared;

/// <summary>
/// Reads what people type into forms the Finnish way: "12 500,50 €", "2,5", "21.6.2021". Form fields
/// are bound as strings and read here, so that a value that does not read is kept in the field and
/// gets a message of ours (UiText: NotAnAmount, NotANumber, NotADate, NotAYear) instead of the framework's.
/// </summary>
public static class FormValues
{
    /// <summary>Euros: spaces (also no-break), a trailing "€" or "e" and a comma or a point as the decimal mark.</summary>
    public static bool TryAmount(string? text, out decimal value)
    {
        var s = Clean(text);
        if (s.EndsWith('€'))
        {
            s = s[..^1];
        }
        else if (s.EndsWith("e", StringComparison.OrdinalIgnoreCase) && s.Length > 1 && char.IsDigit(s[^2]))
        {
            s = s[..^1];
        }
        return TryDecimal(s, out value);
    }

    /// <summary>A plain number such as "12", "-3" or "2,5".</summary>
    public static bool TryNumber(string? text, out decimal value) => TryDecimal(Clean(text), out value);

    /// <summary>A date as d.M.yyyy (how people write it) or yyyy-MM-dd (what a date input sends).</summary>
    public static bool TryDate(string? text, out DateOnly value) =>
        DateOnly.TryParseExact(Clean(text), ["d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    /// <summary>A year between 1900 and 2200.</summary>
    public static bool TryYear(string? text, out int value) =>
        int.TryParse(Clean(text), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value is >= 1900 and <= 2200;

    /// <summary>An amount as a form field shows it: "12500,5" → "12 500,50" (no-break spaces as the Finnish format has them).</summary>
    public static string Amount(decimal value) => value.ToString("#,0.00", Fi.Culture);

    /// <summary>A number as a form field shows it: "2,5", "12 000".</summary>
    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.##########", Fi.Culture) : "";

    /// <summary>A date as a form field shows it: "21.6.2021".</summary>
    public static string Date(DateOnly? value) => value is { } d ? Fi.Date(d) : "";

    private static string Clean(string? text) =>
        new((text ?? "").Where(c => !char.IsWhiteSpace(c) && c is not '\u00A0' and not '\u202F' and not '\u2009').ToArray());

    private static bool TryDecimal(string s, out decimal value)
    {
        value = 0;
        if (s.Length == 0 || s.Count(c => c is ',' or '.') > 1)
        {
            return false;
        }
        // The minus sign may be typed as a hyphen or the typographic minus that Finnish formats write.
        s = s.Replace(',', '.').Replace('\u2212', '-');
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
