using Hankevahti.Plans;

namespace Hankevahti.Tests.Checks.Risks;

/// <summary>Made-up risks for the risk rules' tests: complete unless a test takes something away.</summary>
internal static class RiskPlans
{
    public static Risk Complete(string title, int row = 2) => new()
    {
        Title = title,
        Likelihood = Rating(3),
        Impact = Rating(2),
        StatedScore = Rating(6),
        Mitigations = ["Varahenkilöt nimetään."],
        Owner = "Projektipäällikkö",
        Source = new SourceRef { Line = 40 + row, Table = 3, Row = row },
    };

    public static RiskRating Rating(decimal min, decimal? max = null, string? text = null) => new() { Min = min, Max = max ?? min, Text = text };

    public static Plan With(params Risk[] risks) => new()
    {
        Sections = [new Section { Number = "6", Title = "Riskit", Kind = "risks", Source = new SourceRef { Line = 30 } }],
        Risks = [.. risks],
    };

    /// <summary>Three complete risks, the one at <paramref name="at"/> changed.</summary>
    public static Plan ThreeWith(int at, Func<Risk, Risk> change)
    {
        var risks = new[] { Complete("Rekrytointi viivästyy", 2), Complete("Toimittaja myöhästyy", 3), Complete("Sitoutuminen jää heikoksi", 4) };
        risks[at] = change(risks[at]);
        return With(risks);
    }
}
