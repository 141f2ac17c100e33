using Hankevahti.Checks;
using Hankevahti.Demo;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Schedules;

public class ScheduleSeedTests
{
    private static bool Mine(Finding f) => f.Code.StartsWith("HV-SCHED-", StringComparison.Ordinal);

    // The demo plan has one action whose schedule cell could not be read: a remark at most.
    [Fact]
    public void DemoPlanHasNoErrorsOrWarnings()
    {
        var findings = PlanChecker.Check(DemoPlan.Load()).Findings.Where(Mine).ToList();
        Assert.True(findings.All(f => f.Severity == FindingSeverity.Info), CheckRun.Describe(findings));
    }

    // The Hyvän työn plan schedules every action in its table: nothing to say.
    [Fact]
    public void HyvanTyonHasNoScheduleFindings() =>
        Assert.DoesNotContain(CheckRun.Seed(Tests.Support.Seeds.HyvanTyon).Findings, Mine);
}
