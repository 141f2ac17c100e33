using System.Net;
using System.Text;

namespace Hankevahti.Following.Reports;

/// <summary>
/// Writes a report as a standalone HTML file (the command line's --format html): the same sections and figures
/// as the page (Following/Reports/_ReportDocument.cshtml), with a print-friendly style of its own.
/// </summary>
public static class HtmlWriter
{
    public static string Write(ReportDocument report, string language)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Encode(language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Encode(report.Title)).Append(" – ").Append(Encode(report.Subtitle)).Append("</title>\n<style>")
            .Append("body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}")
            .Append("th,td{border:1px solid #999;padding:.25rem .5rem;text-align:left}.num{text-align:right;white-space:nowrap}tfoot{font-weight:bold}")
            .Append("</style>\n</head>\n<body>\n<main>\n<h1>").Append(Encode(report.Title)).Append("</h1>\n<p>").Append(Encode(report.Subtitle)).Append("</p>\n");
        foreach (var section in report.Sections)
        {
            html.Append("<section>\n<h2>").Append(Encode(section.Heading)).Append("</h2>\n");
            foreach (var paragraph in section.Paragraphs)
            {
                html.Append("<p>").Append(Encode(paragraph)).Append("</p>\n");
            }
            if (section.Table is { } table)
            {
                html.Append("<table>\n<thead><tr>");
                foreach (var column in table.Columns)
                {
                    html.Append("<th scope=\"col\"").Append(column.Kind == CellKind.Text ? "" : " class=\"num\"").Append('>').Append(Encode(column.Header)).Append("</th>");
                }
                html.Append("</tr></thead>\n<tbody>\n");
                foreach (var row in table.Rows)
                {
                    Row(html, table.Columns, row);
                }
                html.Append("</tbody>\n");
                if (table.Totals is { } totals)
                {
                    html.Append("<tfoot>\n");
                    Row(html, table.Columns, totals);
                    html.Append("</tfoot>\n");
                }
                html.Append("</table>\n");
            }
            html.Append("</section>\n");
        }
        return html.Append("</main>\n</body>\n</html>\n").ToString();
    }

    private static void Row(StringBuilder html, IReadOnlyList<ReportColumn> columns, IReadOnlyList<object?> cells)
    {
        html.Append("<tr>");
        for (var i = 0; i < columns.Count; i++)
        {
            html.Append(columns[i].Kind == CellKind.Text ? "<td>" : "<td class=\"num\">")
                .Append(Encode(ReportFormat.Cell(columns[i].Kind, i < cells.Count ? cells[i] : null))).Append("</td>");
        }
        html.Append("</tr>\n");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
