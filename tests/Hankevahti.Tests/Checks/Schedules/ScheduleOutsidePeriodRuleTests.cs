using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Schedules;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks.Schedules;

public class ScheduleOutsidePeriodRuleTests
{
    // The project runs 09/2026–12/2027.
    public static TheoryData<string, SchedulePeriod, FindingSeverity?> Cases => new()
    {
        // Inside the project.
        { "inside", SchedulePlans.Months("11-12/2026", 2026, 11, 12), null },
        // Wholly after the end: a contradiction.
        { "after the end", SchedulePlans.Months("01-02/2028", 2028, 1, 2), FindingSeverity.Error },
        // Wholly before the start.
        { "before the start", SchedulePlans.Months("05-06/2026", 2026, 5, 6), FindingSeverity.Error },
        // A two-month period running over the start by a month: worth a look.
        { "month overrun", SchedulePlans.Months("08-09/2026", 2026, 8, 9), FindingSeverity.Warning },
        // A quarter that merely overlaps the start month is how plans write coarse schedules.
        { "quarter overlapping", SchedulePlans.Months("2026 Q3", 2026, 7, 9, PeriodGranularity.Quarter), null },
        // A year overlapping both ends likewise.
        { "year overlapping", SchedulePlans.Months("2027", 2027, 1, 12, PeriodGranularity.Year), null },
        // A quarter wholly after the end is still an error.
        { "quarter after", SchedulePlans.Months("2028 Q1", 2028, 1, 3, PeriodGranularity.Quarter), FindingSeverity.Error },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsPeriodsOutsideTheProject(string why, SchedulePeriod period, FindingSeverity? severity)
    {
        var findings = CheckRun.Rule<ScheduleOutsidePeriodRule>(SchedulePlans.With([SchedulePlans.Action("1.1", period)]));
        Assert.True(severity == findings.SingleOrDefault()?.Severity && findings.Count <= 1, $"{why}: {CheckRun.Describe(findings)}");
    }

    [Fact]
    public void OneFindingPerPartNamingActionsAndPeriods()
    {
        var plan = SchedulePlans.With(
        [
            SchedulePlans.Action("1.1", SchedulePlans.Months("11-12/2027", 2027, 11, 12), SchedulePlans.Months("01-02/2028", 2028, 1, 2)),
            SchedulePlans.Action("1.2", SchedulePlans.Months("03-04/2028", 2028, 3, 4)),
        ]);
        var finding = Assert.Single(CheckRun.Rule<ScheduleOutsidePeriodRule>(plan));
        Assert.Contains("1.1 (01-02/2028), 1.2 (03-04/2028)", finding.Message.Fi, StringComparison.Ordinal);
        Assert.Contains("09/2026–12/2027", finding.Message.En, StringComparison.Ordinal);
        Assert.Equal("work[0].actions[0].schedule.periods[1]", finding.Place.Path);
    }

    // Without a project period there is nothing to compare with.
    [Fact]
    public void SilentWithoutProjectPeriod()
    {
        var plan = SchedulePlans.With([SchedulePlans.Action("1.1", SchedulePlans.Months("01-02/2030", 2030, 1, 2))]);
        Assert.Empty(CheckRun.Rule<ScheduleOutsidePeriodRule>(plan with { Project = plan.Project with { Period = null } }));
    }

    // The Hyvän työn plan's schedule table lies within 09/2026–12/2027.
    [Fact]
    public void HyvanTyonScheduleFitsThePeriod() => Assert.Empty(CheckRun.Seed(Seeds.HyvanTyon).Of("HV-SCHED-003"));
}
