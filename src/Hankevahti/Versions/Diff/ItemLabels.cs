using System.Text.Json;
using Hankevahti.Plans;

namespace Hankevahti.Versions.Diff;

/// <summary>How an item is named in a diff: its code and first words ("R3 Henkilöstön saatavuus").</summary>
internal static class ItemLabels
{
    private const int Length = 80;

    public static string Of(IItemList list, int index) => list.ItemAt(index) switch
    {
        // A budget line's "code" is everything it is for; people know it by part, row and year.
        BudgetLine l => Short(Join(l.PartCode, l.Label ?? Json(l.Category), l.Organisation, l.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? l.Period,
            l.Kind == FigureKind.Planned ? null : Json(l.Kind))),
        _ => Short(Join(list.CodeAt(index), list.TextAt(index) is { Length: > 0 } text && text != list.CodeAt(index) ? text : null)),
    };

    public static string Json<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string Join(params string?[] parts) => string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    private static string Short(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= Length ? text : text[..Length].TrimEnd() + "…";
    }
}
