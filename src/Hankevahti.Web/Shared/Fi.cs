using System.Globalization;
using System.Resources;
using Hankevahti.Plans;

namespace Hankevahti.Web.Shared;

/// <summary>
/// Finnish formats for the pages in every interface language (users are in Finland: euros as
/// "1 336 000,00 €", dates as d.M.yyyy), and the names of the model's values in the reader's language
/// (EnumText.resx).
/// </summary>
public static class Fi
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fi-FI");

    private static readonly ResourceManager EnumResources = new(typeof(EnumText));
    private static readonly ResourceManager UiResources = new(typeof(UiText));

    /// <summary>A word of the shared interface text (UiText.resx) in the reader's language.</summary>
    public static string Ui(string key) => UiResources.GetString(key, CultureInfo.CurrentUICulture) ?? key;

    /// <summary>Shown where a value is missing.</summary>
    public const string None = "–";

    public static string Money(decimal amount) => amount.ToString("C2", Culture);

    public static string Money(decimal? amount) => amount is { } a ? Money(a) : None;

    public static string Number(decimal? value) => value is { } v ? v.ToString("#,0.##", Culture) : None;

    /// <summary>A share such as 0.2 as "20 %".</summary>
    public static string Share(decimal? share) => share is { } s ? (s * 100).ToString("#,0.##", Culture) + "\u00A0%" : None;

    public static string Date(DateOnly date) => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : None;

    public static string Date(DateTimeOffset time)
    {
        var local = time.ToLocalTime();
        return string.Format(CultureInfo.CurrentUICulture, Ui("TimeAt"),
            local.ToString("d.M.yyyy", CultureInfo.InvariantCulture), local.ToString("H.mm", CultureInfo.InvariantCulture));
    }

    /// <summary>"1.1.2025–31.12.2026", one open end as "1.1.2025–", or empty when neither end is known.</summary>
    public static string Period(DateOnly? start, DateOnly? end) =>
        start is null && end is null ? "" : $"{(start is { } s ? Date(s) : "")}–{(end is { } e ? Date(e) : "")}";

    /// <summary>A period with the plan's own wording beside the dates when it has one.</summary>
    public static string Period(DateRange? range)
    {
        if (range is null)
        {
            return None;
        }
        var dates = Period(range.Start, range.End);
        var text = range.Text;
        return (dates, text) switch
        {
            ("", null or "") => None,
            ("", _) => text!,
            (_, null or "") => dates,
            _ when text == dates => dates,
            _ => $"{dates} ({text})",
        };
    }

    /// <summary>A quantity as a number or range, with the plan's wording.</summary>
    public static string Quantity(Quantity? q)
    {
        if (q is null)
        {
            return None;
        }
        var numbers = Range(q.Min, q.Max);
        return Join(numbers, q.Text);
    }

    /// <summary>A risk rating: the wording and the number(s), "Todennäköinen (4)", "2–3".</summary>
    public static string Rating(RiskRating? rating) => rating is null ? None : Join(Range(rating.Min, rating.Max), rating.Text);

    public static string Range(decimal? min, decimal? max) => (min, max) switch
    {
        (null, null) => "",
        ({ } a, null) => Number(a),
        (null, { } b) => string.Format(CultureInfo.CurrentUICulture, Ui("AtMost"), Number(b)),
        ({ } a, { } b) when a == b => Number(a),
        ({ } a, { } b) => $"{Number(a)}–{Number(b)}",
    };

    /// <summary>
    /// The value as the plan writes it, with the number in brackets when the wording does not already
    /// show it ("Todennäköinen (4)", but "noin 2 400 asiakasta" alone); either alone when the other is missing.
    /// </summary>
    private static string Join(string numbers, string? text, string? numberInText = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return numbers.Length > 0 ? numbers : None;
        }
        if (numbers.Length == 0 || Spaces(text).Contains(Spaces(numberInText ?? numbers), StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }
        return $"{text} ({numbers})";
    }

    // Formatted numbers group digits with a no-break space; a plan's own text usually has a plain one.
    private static string Spaces(string s) => s.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    public static string Allocation(Allocation? a)
    {
        if (a is null)
        {
            return None;
        }
        var value = a.Value is { } v ? $"{Number(v)}\u00A0{Text(a.Unit)}" : "";
        return Join(value, a.Text, a.Value is { } n ? Number(n) : null);
    }

    public static string IndicatorValue(IndicatorValue? v, string? unit)
    {
        if (v is null)
        {
            return None;
        }
        var value = v.Achieved is { } yes ? (yes ? Ui("Yes") : Ui("No"))
            : v.Value is { } n ? (string.IsNullOrEmpty(unit) ? Number(n) : $"{Number(n)}\u00A0{unit}") : "";
        var when = v.Year?.ToString(CultureInfo.InvariantCulture) ?? v.Period;
        var shown = Join(value, v.Text, v.Value is { } number ? Number(number) : null);
        return when is null ? shown : $"{when}: {shown}";
    }

    /// <summary>Free text as paragraphs: the model separates paragraphs with a blank line.</summary>
    public static IReadOnlyList<string> Paragraphs(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.ReplaceLineEndings("\n")
                .Split(["\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(p => p.Length > 0)
                .ToList();

    /// <summary>A member's name, or that the seat has nobody named yet.</summary>
    public static string MemberName(string? name) => string.IsNullOrWhiteSpace(name) ? Ui("Unnamed") : name;

    /// <summary>The name of a model value in the reader's language (EnumText.resx: "CostCategory.Rents" → "Vuokrat").</summary>
    public static string Text(Enum value) =>
        EnumResources.GetString($"{value.GetType().Name}.{value}", CultureInfo.CurrentUICulture) ?? value.ToString();
}
