using System.Globalization;
using System.Net;
using System.Text;

namespace Hankevahti.Web.Portfolio;

/// <summary>One row of a paired bar chart: the group's name and its two values (plan and actual; on track and behind).</summary>
public sealed record ChartBar(string Label, decimal First, decimal Second);

/// <summary>
/// Draws a paired horizontal bar chart as SVG on the server: role="img" named by its title and description, every
/// text encoded, no script. The page shows the same figures as a table beside it (the chart is a picture of the table).
/// Horizontal bars leave room for long names (a wellbeing services county, an organisation) without turning them.
/// </summary>
public static class PortfolioChart
{
    private const int Width = 640, LabelWidth = 200, Right = 90, BarHeight = 12, RowHeight = 34, Top = 30;

    public static string Svg(string id, string title, string description, IReadOnlyList<ChartBar> bars, string firstName, string secondName,
        Func<decimal, string> format)
    {
        var height = Top + Math.Max(1, bars.Count) * RowHeight + 8;
        var max = bars.Count == 0 ? 1m : Math.Max(1m, bars.Max(b => Math.Max(b.First, b.Second)));
        var plot = Width - LabelWidth - Right;
        double Length(decimal v) => v <= 0m ? 0 : plot * (double)(v / max);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" class=\"portfolio-chart\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(description)}</desc>");
        // The legend: the two series' colours and names.
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"6\" width=\"12\" height=\"12\" fill=\"#0b4f9c\"/><text x=\"{LabelWidth + 16}\" y=\"16\" font-size=\"12\" fill=\"#1a1a1a\">{E(firstName)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth + 200}\" y=\"6\" width=\"12\" height=\"12\" fill=\"#b35900\"/><text x=\"{LabelWidth + 216}\" y=\"16\" font-size=\"12\" fill=\"#1a1a1a\">{E(secondName)}</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Top + i * RowHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + BarHeight + 3}\" text-anchor=\"end\" font-size=\"12\" fill=\"#1a1a1a\">{E(Shorten(bar.Label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{F(Length(bar.First))}\" height=\"{BarHeight}\" fill=\"#0b4f9c\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(LabelWidth + Length(bar.First) + 4)}\" y=\"{y + BarHeight - 2}\" font-size=\"11\" fill=\"#1a1a1a\">{E(format(bar.First))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y + BarHeight + 2}\" width=\"{F(Length(bar.Second))}\" height=\"{BarHeight}\" fill=\"#b35900\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(LabelWidth + Length(bar.Second) + 4)}\" y=\"{y + 2 * BarHeight}\" font-size=\"11\" fill=\"#1a1a1a\">{E(format(bar.Second))}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    // The table beside the chart has the whole name; the picture keeps its column narrow.
    private static string Shorten(string label) => label.Length <= 30 ? label : label[..29] + "…";

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
