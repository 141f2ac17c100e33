using System.Globalization;
using System.Text;
using Hankevahti.Storage.Portfolio;
using MiniExcelLibs;

namespace Hankevahti.Web.Portfolio;

/// <summary>A table of a portfolio page as exported: the first column's header, the figures' headers, the rows and the total row.</summary>
public sealed record PortfolioTable(string FirstHeader, IReadOnlyList<(PortfolioFigure Figure, string Header)> Columns,
    IReadOnlyList<(string Name, PortfolioFigures Figures)> Rows, string TotalLabel, PortfolioFigures Total);

/// <summary>
/// The portfolio's tables as .xlsx and CSV, the same rows and totals the page shows. In the .xlsx figures are numbers
/// (euros and counts), so that sums in Excel work. The CSV is for Excel as Finnish and Swedish users in Finland have
/// it (docs/portfolio.md): UTF-8 with a byte-order mark (else Excel reads ä and ö wrong), semicolons between fields
/// and a decimal comma, no thousands separator; a field holding a semicolon, quote or line break is quoted.
/// </summary>
public static class PortfolioExport
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";

    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    public static byte[] Xlsx(PortfolioTable table)
    {
        var rows = new List<Dictionary<string, object?>>();
        foreach (var (name, figures) in table.Rows.Append((table.TotalLabel, table.Total)))
        {
            var row = new Dictionary<string, object?> { [table.FirstHeader] = name };
            foreach (var (figure, header) in table.Columns)
            {
                row[header] = figures.Value(figure);
            }
            rows.Add(row);
        }
        using var stream = new MemoryStream();
        stream.SaveAs(rows, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static byte[] Csv(PortfolioTable table)
    {
        var text = new StringBuilder();
        text.AppendJoin(';', new[] { table.FirstHeader }.Concat(table.Columns.Select(c => c.Header)).Select(Field)).Append("\r\n");
        foreach (var (name, figures) in table.Rows.Append((table.TotalLabel, table.Total)))
        {
            text.AppendJoin(';', new[] { Field(name) }.Concat(table.Columns.Select(c => figures.Value(c.Figure).ToString(DecimalComma)))).Append("\r\n");
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    // A name that starts like a formula is prefixed with an apostrophe, so that Excel shows it instead of running it.
    private static string Field(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + safe.Replace("\"", "\"\"") + "\"" : safe;
    }
}
