using System.Globalization;
using System.Text;

namespace Hankevahti.Following.Values;

/// <summary>One point of the chart: a period's label and its value (null: nothing approved for it, a gap).</summary>
public sealed record ChartPoint(string Label, decimal? Value);

/// <summary>
/// What the chart draws and says: the title and description screen readers read, the points in period order,
/// the baseline and the target as horizontal lines with their labels. The page shows the same points as a table.
/// </summary>
public sealed record ChartData(string Id, string Title, string Description, IReadOnlyList<ChartPoint> Points,
    decimal? Baseline, string BaselineLabel, decimal? Target, string TargetLabel);

/// <summary>
/// Draws an indicator's approved values as an SVG line chart, server-side, as a string: every text is encoded,
/// the SVG is role="img" named by its title and description, and nothing in it runs script. Periods without a
/// value leave a gap in the line rather than a made-up point.
/// </summary>
public static class ValueChart
{
    private const int Width = 480, Height = 220, Left = 48, Right = 16, Top = 16, Bottom = 40;

    public static string Svg(ChartData data)
    {
        var id = Encode(data.Id);
        var numbers = data.Points.Where(p => p.Value is not null).Select(p => p.Value!.Value)
            .Concat(new[] { data.Baseline, data.Target }.Where(v => v is not null).Select(v => v!.Value)).ToList();
        var low = Math.Min(0m, numbers.Count > 0 ? numbers.Min() : 0m);
        var high = numbers.Count > 0 ? numbers.Max() : 1m;
        if (high <= low)
        {
            high = low + 1m;
        }
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int i) => Left + (data.Points.Count <= 1 ? plotWidth / 2.0 : plotWidth * i / (double)(data.Points.Count - 1));
        double Y(decimal v) => Top + plotHeight * (double)((high - v) / (high - low));

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" class=\"value-chart\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(data.Title)}</title><desc id=\"{id}-desc\">{Encode(data.Description)}</desc>");
        // Axes: the value scale's ends on the left, the periods below.
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Height - Bottom}\" stroke=\"#555\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Height - Bottom}\" x2=\"{Width - Right}\" y2=\"{Height - Bottom}\" stroke=\"#555\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{F(Y(high)) }\" text-anchor=\"end\" font-size=\"11\" dominant-baseline=\"middle\">{Number(high)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 4}\" y=\"{F(Y(low))}\" text-anchor=\"end\" font-size=\"11\" dominant-baseline=\"middle\">{Number(low)}</text>");
        for (var i = 0; i < data.Points.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(i))}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\" font-size=\"11\">{Encode(data.Points[i].Label)}</text>");
        }
        if (data.Baseline is { } baseline)
        {
            Level(svg, Y(baseline), "#6b6b6b", "4 3", data.BaselineLabel, baseline);
        }
        if (data.Target is { } target)
        {
            Level(svg, Y(target), "#00651f", "8 4", data.TargetLabel, target);
        }
        // The measured line, broken where a period has no approved value.
        var run = new List<string>();
        void Flush()
        {
            if (run.Count > 1)
            {
                svg.Append($"<polyline fill=\"none\" stroke=\"#0b4f9c\" stroke-width=\"2\" points=\"{string.Join(' ', run)}\"/>");
            }
            run.Clear();
        }
        for (var i = 0; i < data.Points.Count; i++)
        {
            if (data.Points[i].Value is { } v)
            {
                run.Add($"{F(X(i))},{F(Y(v))}");
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(X(i))}\" cy=\"{F(Y(v))}\" r=\"4\" fill=\"#0b4f9c\"/>");
            }
            else
            {
                Flush();
            }
        }
        Flush();
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Level(StringBuilder svg, double y, string colour, string dash, string label, decimal value)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{F(y)}\" x2=\"{Width - Right}\" y2=\"{F(y)}\" stroke=\"{colour}\" stroke-dasharray=\"{dash}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{F(y - 4)}\" text-anchor=\"end\" font-size=\"11\" fill=\"{colour}\">{Encode(label)} {Number(value)}</text>");
    }

    private static string F(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Number(decimal d) => Encode(d.ToString("0.##", CultureInfo.GetCultureInfo("fi-FI")));

    /// <summary>Text made safe for SVG/XML content and attribute values.</summary>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var s = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            s.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                // Control characters are not allowed in XML at all.
                _ when char.IsControl(c) && c is not '\t' and not '\n' and not '\r' => "",
                _ => c.ToString(),
            });
        }
        return s.ToString();
    }
}
