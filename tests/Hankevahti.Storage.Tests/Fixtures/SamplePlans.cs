using Hankevahti.Demo;
using Hankevahti.Plans;

namespace Hankevahti.Storage.Tests.Fixtures;

/// <summary>The plans every round-trip test stores, by name so that each shows as its own test case.</summary>
public static class SamplePlans
{
    /// <summary>Built in code to reach every property of the model (RichPlanCoverageTests).</summary>
    public const string RichName = "rich";

    /// <summary>The plan the web UI and CLI seed; if storing it loses anything, every demo shows it.</summary>
    public const string DemoName = "demo";

    public static IReadOnlyList<string> Names => [RichName, DemoName];

    public static Plan Get(string name) => name switch
    {
        RichName => TestPlans.Rich(),
        DemoName => DemoPlan.Load(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such sample plan"),
    };
}
