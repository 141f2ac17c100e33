using System.Xml.Linq;
using Hankevahti.Following.Values;

namespace Hankevahti.Tests.Following.Values;

/// <summary>The SVG is well-formed, named for screen readers, encodes its texts and draws gaps as gaps.</summary>
public class ValueChartTests
{
    private static ChartData Data(params ChartPoint[] points) =>
        new("c1", "Asiakkaat <b>&</b>", "Kuvaus \"lainaus\"", points, 10m, "Lähtötaso", 100m, "Tavoite");

    [Fact]
    public void The_chart_is_well_formed_xml_named_by_its_title_and_description()
    {
        var svg = ValueChart.Svg(Data(new ChartPoint("2025-H1", 20m), new ChartPoint("2025-H2", 40m)));

        var root = XElement.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("c1-title c1-desc", (string?)root.Attribute("aria-labelledby"));
        // Encoded: the title's markup is text, not elements.
        Assert.Equal("Asiakkaat <b>&</b>", root.Element(ns + "title")!.Value);
        Assert.Empty(root.Descendants(ns + "b"));
        Assert.Single(root.Descendants(ns + "polyline"));
        Assert.Equal(2, root.Descendants(ns + "circle").Count());
    }

    public static TheoryData<string, decimal?[], int, int> Lines() => new()
    {
        // A period without an approved value breaks the line instead of joining over it.
        { "gap in the middle", [10m, null, 30m, 40m], 1, 3 },
        { "no gaps", [10m, 20m, 30m], 1, 3 },
        // A single point has no line, only its dot.
        { "one value", [null, 20m, null], 0, 1 },
        { "nothing approved", [null, null], 0, 0 },
    };

    [Theory, MemberData(nameof(Lines))]
    public void Periods_without_a_value_leave_a_gap(string why, decimal?[] values, int polylines, int circles)
    {
        var svg = ValueChart.Svg(Data([.. values.Select((v, i) => new ChartPoint($"P{i}", v))]));

        var root = XElement.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.True(polylines == root.Descendants(ns + "polyline").Count(), why);
        Assert.Equal(circles, root.Descendants(ns + "circle").Count());
    }

    [Fact]
    public void The_baseline_and_target_are_drawn_with_their_labels()
    {
        var svg = ValueChart.Svg(Data(new ChartPoint("2025-H1", 20m)));

        Assert.Contains("Lähtötaso 10", svg);
        Assert.Contains("Tavoite 100", svg);
    }
}
