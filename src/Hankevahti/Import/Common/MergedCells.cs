using Hankevahti.Reading;

namespace Hankevahti.Import.Common;

/// <summary>
/// Lays a table's cells on its column grid. Readers of .docx give merged cells once with ColSpan /
/// RowSpan (the HTML table model), so "the 3rd cell of a row" is not "the 3rd column"; a schedule
/// bar spanning two periods must count for both. Here every grid slot holds the cell covering it.
/// </summary>
public static class MergedCells
{
    private const int MaxColumns = 1000;

    /// <summary>Rows of grid slots; a merged cell fills every slot it covers, an uncovered slot is null.</summary>
    public static List<List<TableCell?>> Grid(TableBlock table)
    {
        var grid = new List<List<TableCell?>>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            Ensure(grid, r);
            var col = 0;
            foreach (var cell in table.Rows[r].Cells)
            {
                while (col < grid[r].Count && grid[r][col] is not null)
                {
                    col++;
                }
                var colSpan = Math.Clamp(cell.ColSpan, 1, MaxColumns);
                var rowSpan = Math.Clamp(cell.RowSpan, 1, table.Rows.Count - r);
                for (var dr = 0; dr < rowSpan; dr++)
                {
                    Ensure(grid, r + dr);
                    var row = grid[r + dr];
                    for (var dc = 0; dc < colSpan && col + dc < MaxColumns; dc++)
                    {
                        while (row.Count <= col + dc)
                        {
                            row.Add(null);
                        }
                        row[col + dc] = cell;
                    }
                }
                col += colSpan;
            }
        }
        return grid;
    }

    private static void Ensure(List<List<TableCell?>> grid, int row)
    {
        while (grid.Count <= row)
        {
            grid.Add([]);
        }
    }
}
