using Hankevahti.Checks;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Goals;

/// <summary>Plans read from JSON may hold nulls and empty values anywhere; the goal, indicator and schedule rules must take them as data.</summary>
public class OddPlanTests
{
    public static TheoryData<string, Plan> Plans => new()
    {
        // Nothing at all.
        { "empty plan", new Plan() },
        // Lists that JSON left null, values without years or numbers, codes that name nothing.
        {
            "nulls everywhere",
            new Plan
            {
                Project = new Project { Period = new DateRange { Start = new DateOnly(2026, 1, 1) } },
                Goals = [new Goal { IndicatorIds = null!, PartCode = "9" }, new Goal { PartCode = " " }],
                Indicators =
                [
                    new Indicator { Name = null!, Targets = null!, WorkCodes = null! },
                    new Indicator { Name = "x", Targets = [null!, new IndicatorValue()], WorkCodes = [null!, ""] },
                    new Indicator { Name = "x", Targets = [new IndicatorValue { Year = 2020, Value = 1 }, new IndicatorValue { Year = 2020, Text = "2" }] },
                ],
                Work =
                [
                    new WorkPart
                    {
                        Code = null!,
                        Actions =
                        [
                            null!,
                            new WorkAction { Schedule = null! },
                            new WorkAction { Code = "A", Schedule = new Hankevahti.Plans.Schedule { Status = ScheduleStatus.Known, Periods = [null!, new SchedulePeriod { Label = "?" }] } },
                        ],
                    },
                ],
                Sections = [new Section { Title = null!, Text = null!, Kind = "schedule" }],
            }
        },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void RulesNeverFail(string why, Plan plan)
    {
        var mine = RuleCatalog.All.Where(r => r.Code.StartsWith("HV-GOAL-", StringComparison.Ordinal)
            || r.Code.StartsWith("HV-IND-", StringComparison.Ordinal) || r.Code.StartsWith("HV-SCHED-", StringComparison.Ordinal)).ToList();
        Assert.Equal(9, mine.Count);
        var findings = PlanChecker.Check(plan, rules: mine).Findings.Where(f => f.Code == PlanChecker.RuleFailedCode).ToList();
        Assert.True(findings.Count == 0, $"{why}: {CheckRun.Describe(findings)}");
    }
}
