using Hankevahti.Reading;

namespace Hankevahti.Tests.Reading.Docx;

/// <summary>A table's cells laid out on its column grid, a merged cell's text repeated over every slot it covers (the HTML table model).</summary>
internal static class TableGrid
{
    public static List<List<string>> Expand(TableBlock table)
    {
        var grid = new List<List<string?>>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            while (grid.Count <= r)
            {
                grid.Add([]);
            }
            var col = 0;
            foreach (var cell in table.Rows[r].Cells)
            {
                while (col < grid[r].Count && grid[r][col] is not null)
                {
                    col++;
                }
                for (var dr = 0; dr < cell.RowSpan; dr++)
                {
                    while (grid.Count <= r + dr)
                    {
                        grid.Add([]);
                    }
                    var row = grid[r + dr];
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                    {
                        while (row.Count <= col + dc)
                        {
                            row.Add(null);
                        }
                        row[col + dc] = Normalise(cell.Text);
                    }
                }
                col += cell.ColSpan;
            }
        }
        return grid.Select(row => row.Select(c => c ?? "").ToList()).ToList();
    }

    public static string Normalise(string s) => string.Join(' ', s.Split([' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));

    public static string Show(List<List<string>> grid) => string.Join("\n", grid.Select(r => string.Join(" | ", r)));
}
