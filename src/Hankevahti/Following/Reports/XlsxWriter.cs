using MiniExcelLibs;

namespace Hankevahti.Following.Reports;

/// <summary>
/// Writes a report's tables as an .xlsx, one sheet a table, header row first. Figures are numbers (money in euros,
/// shares as fractions), not text, so that the funder's own sums and checks work on them; the totals row comes
/// last and says so in its first cell.
/// </summary>
public static class XlsxWriter
{
    public static void Write(ReportDocument report, Stream output)
    {
        var sheets = new Dictionary<string, object>();
        foreach (var table in report.Sections.Select(s => s.Table).OfType<ReportTable>())
        {
            sheets[UniqueName(sheets, table.SheetName)] = Rows(table);
        }
        if (sheets.Count == 0)
        {
            sheets["-"] = new List<Dictionary<string, object?>>();
        }
        output.SaveAs(sheets, excelType: ExcelType.XLSX);
    }

    public static byte[] Bytes(ReportDocument report)
    {
        using var stream = new MemoryStream();
        Write(report, stream);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> Rows(ReportTable table)
    {
        var headers = new List<string>();
        foreach (var column in table.Columns)
        {
            // Two columns with one header would be one key; the second gets a number.
            var header = column.Header;
            for (var n = 2; headers.Contains(header); n++)
            {
                header = $"{column.Header} {n}";
            }
            headers.Add(header);
        }
        var rows = table.Rows.Select(r => Row(table.Columns, headers, r)).ToList();
        if (table.Totals is { } totals)
        {
            rows.Add(Row(table.Columns, headers, totals));
        }
        return rows;
    }

    private static Dictionary<string, object?> Row(IReadOnlyList<ReportColumn> columns, List<string> headers, IReadOnlyList<object?> cells)
    {
        var row = new Dictionary<string, object?>();
        for (var i = 0; i < headers.Count; i++)
        {
            row[headers[i]] = ReportFormat.Normalize(columns[i].Kind, i < cells.Count ? cells[i] : null) switch
            {
                DateOnly day => day.ToDateTime(TimeOnly.MinValue),
                var value => value,
            };
        }
        return row;
    }

    // Excel's rules for a sheet's name: at most 31 characters, none of []:*?/\, unique in the file.
    private static string UniqueName(Dictionary<string, object> sheets, string wanted)
    {
        var clean = new string(wanted.Select(c => "[]:*?/\\".Contains(c) ? ' ' : c).ToArray()).Trim();
        clean = clean.Length == 0 ? "Sheet" : clean.Length > 28 ? clean[..28] : clean;
        var name = clean;
        for (var n = 2; sheets.ContainsKey(name); n++)
        {
            name = $"{clean} {n}";
        }
        return name;
    }
}
