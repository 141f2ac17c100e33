using System.Collections.Concurrent;
using Hankevahti.Checks;
using Hankevahti.Checks.Profiles;
using Hankevahti.Plans;
using Hankevahti.Tests.Import;

namespace Hankevahti.Tests.Checks.Support;

/// <summary>Runs one rule or all of them, on a made-up plan or on a seed (each seed checked once per run).</summary>
internal static class CheckRun
{
    private static readonly ConcurrentDictionary<string, Lazy<CheckReport>> seeds = new();

    /// <summary>The findings of one rule on a plan, with the plan's own profile unless one is given.</summary>
    public static IReadOnlyList<Finding> Rule<TRule>(Plan plan, ProgrammeProfile? profile = null) where TRule : Rule, new() =>
        PlanChecker.Check(plan, profile, [new TRule()]).Findings;

    /// <summary>The findings of every rule on a seed, located to their lines in the seed file.</summary>
    public static CheckReport Seed(string seed) =>
        seeds.GetOrAdd(seed, s => new Lazy<CheckReport>(() => PlanChecker.Check(SeedImports.Plan(s), source: SeedImports.Read(s)))).Value;

    /// <summary>A short listing of findings for assertion messages.</summary>
    public static string Describe(IEnumerable<Finding> findings) =>
        string.Join("\n", findings.Select(f => $"{f.Code} {f.Severity} [{f.Place.SectionNumber} {f.Place.SectionTitle}] line {f.Place.Source?.Line}: {f.Message.En} «{f.Place.Quote}»"));
}
