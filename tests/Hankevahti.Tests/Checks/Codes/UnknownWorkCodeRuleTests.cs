using Hankevahti.Checks.Rules.Codes;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Codes.MadePlans;

namespace Hankevahti.Tests.Checks.Codes;

public class UnknownWorkCodeRuleTests
{
    private static List<WorkPart> Work() =>
    [
        new()
        {
            Code = "4", Kind = WorkPartKind.Pillar, KindLabel = "Pilari", Title = "Saatavuus",
            Children = [new() { Code = "1", Kind = WorkPartKind.Investment, KindLabel = "Investointi", Title = "Hoitoon pääsy",
                Children = [Part("1.1", "Arviointimalli", Action("1.1.1", "Mallin laatiminen"))] }],
        },
        Part("TP2", "Hallinnointi", Action("F.1", "Johtaminen")),
    ];

    public static TheoryData<string, Func<string, Plan>> Holders() => new()
    {
        // Each kind of item that names a part by code is read: a miss in any one leaves costs or goals unattached.
        { "goal", code => new Plan { Work = Work(), Goals = [new Goal { Text = "Tavoite", PartCode = code }] } },
        { "indicator", code => new Plan { Work = Work(), Indicators = [new Indicator { Name = "Mittari", WorkCodes = ["1.1", code] }] } },
        { "budget line", code => new Plan { Work = Work(), Budget = new global::Hankevahti.Plans.Budget { Lines = [new BudgetLine { PartCode = code, Amount = 10 }] } } },
        { "stated figure", code => new Plan { Work = Work(), Budget = new global::Hankevahti.Plans.Budget { StatedFigures = [new StatedFigure { Scope = new FigureScope { PartCode = code } }] } } },
        { "transfer", code => new Plan { Work = Work(), Budget = new global::Hankevahti.Plans.Budget { Transfers = [new BudgetTransfer { FromPartCode = "1.1", ToPartCode = code }] } } },
        { "outcome", code => new Plan { Work = Work(), Outcomes = [new Outcome { Title = "Tuotos", PartCodes = [code] }] } },
    };

    [Theory]
    [MemberData(nameof(Holders))]
    public void An_unknown_code_is_found_in_every_kind_of_item(string holder, Func<string, Plan> plan)
    {
        var findings = CheckRun.Rule<UnknownWorkCodeRule>(plan("2.7"));
        var finding = Assert.Single(findings);
        Assert.Contains("2.7", finding.Message.Fi);
        Assert.True(finding.Place.Path.Length > 0, holder);
    }

    [Theory]
    // The code as the structure writes it.
    [InlineData("1.1")]
    // A closing dot and lower case are the same code.
    [InlineData("f.1.")]
    // The kind word written before the code, as budget tables do.
    [InlineData("Pilari 4")]
    // A path of kind words and codes, as the RRF cost table names its rows.
    [InlineData("Pilari 4 / Investointi 1")]
    // A code with its letters prefix ("TP2") referred to without it.
    [InlineData("2")]
    // An action code.
    [InlineData("1.1.1")]
    public void Codes_the_structure_has_are_not_found(string code)
    {
        foreach (var (_, plan) in Holders().Select(r => ((string)r[0], (Func<string, Plan>)r[1])))
        {
            var findings = CheckRun.Rule<UnknownWorkCodeRule>(plan(code));
            Assert.True(findings.Count == 0, CheckRun.Describe(findings));
        }
    }

    [Fact]
    public void Budget_lines_with_the_same_unknown_code_give_one_finding()
    {
        var plan = new Plan
        {
            Work = Work(),
            Budget = new global::Hankevahti.Plans.Budget { Lines = [.. Enumerable.Range(0, 12).Select(i => new BudgetLine { PartCode = "9", Amount = i })] },
        };
        var finding = Assert.Single(CheckRun.Rule<UnknownWorkCodeRule>(plan));
        Assert.Contains("12", finding.Message.Fi);
        Assert.Equal("budget.lines[0].partCode", finding.Place.Path);
    }

    [Fact]
    public void A_plan_without_a_work_structure_is_not_judged()
    {
        var plan = new Plan { Goals = [new Goal { Text = "Tavoite", PartCode = "3" }] };
        Assert.Empty(CheckRun.Rule<UnknownWorkCodeRule>(plan));
    }
}
