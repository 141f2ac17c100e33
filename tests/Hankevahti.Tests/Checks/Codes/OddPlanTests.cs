using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Codes;
using Hankevahti.Checks.Rules.Document;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Codes;

/// <summary>The code and document rules on plans with empty or missing parts: results, never exceptions.</summary>
public class OddPlanTests
{
    private static readonly Rule[] Rules =
    [
        new UnknownWorkCodeRule(), new UnknownWorkCodeInTextRule(), new DuplicateWorkCodeRule(), new ActionCodeMismatchRule(), new OverviewCountRule(),
        new MissingFigureOrTableRule(), new MissingSectionReferenceRule(), new DocumentEndsMidTableRule(), new WrongAnnexReferenceRule(),
    ];

    public static TheoryData<string, Plan> OddPlans() => new()
    {
        // Nothing at all.
        { "empty", new Plan() },
        // Empty codes, titles and texts everywhere.
        { "blanks", new Plan
            {
                Work = [new WorkPart { Children = [new WorkPart()], Actions = [new WorkAction(), new WorkAction { Code = "." }] }],
                Sections = [new Section { Number = "", Text = "- \n  - \n:\n- A.\n- 1) \nviisi toimenpidettä:\n- " }, new Section { Number = "Liite", Title = "Liite" }],
                Goals = [new Goal { PartCode = "" }],
                Indicators = [new Indicator { WorkCodes = ["", " "] }],
                Import = new ImportInfo { Notes = [new ImportNote { Code = ImportNoteCodes.EndsInTable }] },
            } },
    };

    [Theory]
    [MemberData(nameof(OddPlans))]
    public void Odd_plans_give_no_failures(string what, Plan plan)
    {
        var report = PlanChecker.Check(plan, rules: Rules);
        var failures = report.Findings.Where(f => f.Code == PlanChecker.RuleFailedCode).ToList();
        Assert.True(failures.Count == 0, what + ": " + CheckRun.Describe(failures));
    }
}
