namespace Hankevahti.Demo.Portfolio;

/// <summary>
/// What to generate: how many projects, from which seed, and the day the portfolio is seen on (follow-up runs
/// up to it). The same three give the same projects, byte for byte: the day is a parameter, never the clock.
/// </summary>
public sealed record PortfolioSpec(int Projects, int Seed, DateOnly AsOf)
{
    /// <summary>The most projects one run makes; far above the national scale of 10 000.</summary>
    public const int MaxProjects = 1_000_000;
}
