using Hankevahti.Import.Common;
using Hankevahti.Reading;

namespace Hankevahti.Tests.Reading.Docx;

/// <summary>A table's cell texts on its column grid (via MergedCells), a merged cell's text repeated over every slot it covers.</summary>
internal static class TableGrid
{
    public static List<List<string>> Expand(TableBlock table) =>
        MergedCells.Grid(table).Select(row => row.Select(c => c is null ? "" : Normalise(c.Text)).ToList()).ToList();

    public static string Normalise(string s) => string.Join(' ', s.Split([' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));

    public static string Show(List<List<string>> grid) => string.Join("\n", grid.Select(r => string.Join(" | ", r)));
}
