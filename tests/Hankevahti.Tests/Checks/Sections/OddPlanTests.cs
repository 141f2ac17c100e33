using Hankevahti.Checks;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Sections;

/// <summary>The template and section rules take any plan: empty lists, missing titles and texts, nulls from a hand-edited JSON.</summary>
public class OddPlanTests
{
    private static readonly Rule[] Rules = RuleCatalog.All
        .Where(r => r.Code.StartsWith("HV-TEMPLATE-", StringComparison.Ordinal) || r.Code.StartsWith("HV-SECTION-", StringComparison.Ordinal))
        .ToArray();

    public static TheoryData<string> Cases() => ["empty", "nulls", "deep"];

    private static Plan Make(string name) => name switch
    {
        // Nothing at all.
        "empty" => new Plan(),
        // Nulls where the model promises strings, as a hand-edited JSON file can give.
        "nulls" => new Plan
        {
            Project = new Project { Name = null! },
            Versions = [new PlanVersion { Number = null!, Description = null }],
            Sections = [new Section { Title = null!, Text = null!, Number = null, Kind = null, Children = [new Section { Title = "-", Text = "<" }] }],
            Risks = [new Risk { Title = null!, Mitigations = [null!, "TBD"] }],
            Work = [new WorkPart { Code = null!, Title = null!, Actions = [new WorkAction { Title = "<", Schedule = new Schedule() }] }],
        },
        // Sections nested deeper than any template, each with only a dash in its heading.
        _ => new Plan { Sections = [Nest(40)] },
    };

    private static Section Nest(int depth) => new()
    {
        Number = depth.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Title = "Osio -",
        Source = new SourceRef { Line = 100 - depth },
        Children = depth == 0 ? [] : [Nest(depth - 1)],
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RulesDoNotFail(string name)
    {
        Assert.Equal(9, Rules.Length);
        var report = PlanChecker.Check(Make(name), rules: Rules);
        var failed = report.Of(PlanChecker.RuleFailedCode).ToList();
        Assert.True(failed.Count == 0, CheckRun.Describe(failed));
    }

    // An empty plan against a profile with requirements: every required section is reported missing, nothing else.
    [Fact]
    public void EmptyPlanMissesEverySection()
    {
        var report = PlanChecker.Check(new Plan(), SectionPlans.Profile, Rules);
        Assert.Equal(["HV-SECTION-001", "HV-SECTION-001"], report.Findings.Select(f => f.Code));
    }
}
