using MiniExcelLibs;

namespace Hankevahti.Following.Ledger;

/// <summary>
/// The rows of an .xlsx ledger export's first sheet, read one at a time (MiniExcel streams the sheet's XML):
/// cells as the workbook types them (text, number, date), numbered by their spreadsheet row.
/// </summary>
public static class XlsxRecords
{
    public static IEnumerable<(int Row, object?[] Cells)> Read(Stream stream)
    {
        var row = 0;
        foreach (IDictionary<string, object?> cells in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            row++;
            var values = new object?[cells.Count];
            var i = 0;
            foreach (var value in cells.Values)
            {
                values[i++] = value;
            }
            yield return (row, values);
        }
    }
}
