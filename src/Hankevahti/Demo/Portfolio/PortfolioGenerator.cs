namespace Hankevahti.Demo.Portfolio;

/// <summary>
/// The national-scale demo portfolio (docs/demo-portfolio.md): synthetic projects made one at a time from a seed,
/// so a caller can stream ten thousand of them into a database without holding more than one in memory.
/// </summary>
public static class PortfolioGenerator
{
    /// <summary>The projects of the portfolio, lazily, in order.</summary>
    public static IEnumerable<GeneratedProject> Generate(PortfolioSpec spec)
    {
        for (var i = 0; i < spec.Projects; i++)
        {
            yield return Project(spec, i);
        }
    }

    /// <summary>Project number <paramref name="index"/> (0-based) of the portfolio; the same for the same seed and day, whatever else is made.</summary>
    public static GeneratedProject Project(PortfolioSpec spec, int index)
    {
        var random = new PortfolioRandom(spec.Seed, index);
        var plan = PortfolioPlans.Make(random, index, spec.AsOf);
        var (values, costs, progress, reports) = PortfolioFollowUps.Make(random, plan, spec.AsOf);
        return new GeneratedProject(index, plan, values, costs, progress, reports);
    }
}
