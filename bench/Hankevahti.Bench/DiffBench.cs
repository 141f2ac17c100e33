using Hankevahti.Plans;

namespace Hankevahti.Bench;

/// <summary>The diff part of `versions` mode; filled in when the structured diff lands.</summary>
internal static class DiffBench
{
    public static bool Run(Plan from, Plan to, int runs, int warmup, double[] serialise)
    {
        Console.WriteLine("(diff not measured yet)");
        return true;
    }
}
