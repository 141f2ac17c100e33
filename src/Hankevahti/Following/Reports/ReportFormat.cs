using System.Globalization;

namespace Hankevahti.Following.Reports;

/// <summary>
/// How a report's cells are written as text, in every language the Finnish way (the funder is Finnish:
/// "1 336 000,00 €", "25 %", "31.12.2026"). The page and the .docx both use this, so their figures match.
/// </summary>
public static class ReportFormat
{
    public static readonly CultureInfo Finnish = CultureInfo.GetCultureInfo("fi-FI");

    /// <summary>Shown where a value is missing.</summary>
    public const string None = "–";

    public static string Money(decimal amount) => amount.ToString("#,0.00", Finnish) + "\u00A0€";

    public static string Number(decimal value) => value.ToString("#,0.##", Finnish);

    public static string Share(decimal share) => (share * 100).ToString("#,0.#", Finnish) + "\u00A0%";

    public static string Date(DateOnly date) => date.ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    public static string Cell(CellKind kind, object? value) => Normalize(kind, value) switch
    {
        null => None,
        decimal d when kind == CellKind.Money => Money(d),
        decimal d when kind == CellKind.Share => Share(d),
        decimal d => Number(d),
        int i => Number(i),
        DateOnly day => Date(day),
        string s => s,
        var other => Convert.ToString(other, Finnish) ?? None,
    };

    /// <summary>
    /// A cell as the writers take it: a report read back from its stored JSON (a submitted report's snapshot) has
    /// JSON elements for cells; they are made numbers, dates and text again by the column's kind.
    /// </summary>
    public static object? Normalize(CellKind kind, object? value) => value switch
    {
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Number } e => e.GetDecimal(),
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } e when kind == CellKind.Date
            && DateOnly.TryParse(e.GetString(), CultureInfo.InvariantCulture, out var day) => day,
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } e => e.GetString(),
        System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined } => null,
        System.Text.Json.JsonElement e => e.ToString(),
        int i => (decimal)i,
        _ => value,
    };
}
