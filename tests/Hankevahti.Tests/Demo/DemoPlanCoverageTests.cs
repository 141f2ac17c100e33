using Hankevahti.Demo;
using Hankevahti.Figures;
using Hankevahti.Plans;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Demo;

/// <summary>
/// The demo plan is what the UI, CLI and checks are shown with, so it must exercise the whole model;
/// these tests fail when the model grows and the demo does not.
/// </summary>
public class DemoPlanCoverageTests
{
    private static readonly PlanModel.Usage Usage = PlanModel.Walk(DemoPlan.Load());

    // Values a single consistent plan cannot or must not hold, and why.
    private static readonly Dictionary<Enum, string> UnusedOnPurpose = new()
    {
        [ProjectStatus.Draft] = "a plan has one status; the demo is running",
        [ProjectStatus.Submitted] = "a plan has one status; the demo is running",
        [ProjectStatus.Approved] = "a plan has one status; the demo is running",
        [ProjectStatus.Closed] = "a plan has one status; the demo is running",
        [ProjectStatus.Cancelled] = "a plan has one status; the demo is running",
        [ScheduleStatus.None] = "every action of the demo must have a schedule, or the checker would warn",
    };

    // The demo was written by hand, not imported: the import report (Plan.Import and its types) is
    // exercised by the import tests on the real plans instead.
    private static readonly HashSet<Type> ImportReport = [typeof(ImportInfo), typeof(PartCoverage), typeof(ImportedText), typeof(ImportNote), typeof(NoteSeverity)];

    private static IEnumerable<Type> DemoTypes => PlanModel.RecordTypes.Where(t => !ImportReport.Contains(t));

    private static bool IsImportReport(System.Reflection.PropertyInfo p) =>
        ImportReport.Contains(p.DeclaringType!) || (p.DeclaringType == typeof(Plan) && p.Name == nameof(Plan.Import));

    [Fact]
    public void Uses_every_record_type()
    {
        var missing = DemoTypes.Where(t => !Usage.Types.Contains(t)).Select(t => t.Name);

        Assert.Empty(missing);
    }

    [Fact]
    public void Fills_every_list_somewhere()
    {
        var missing = DemoTypes
            .SelectMany(PlanModel.Properties)
            .Where(p => PlanModel.IsList(p.PropertyType) && !IsImportReport(p))
            .Select(PlanModel.Key)
            .Where(key => !Usage.NonEmptyLists.Contains(key));

        Assert.Empty(missing);
    }

    [Fact]
    public void Sets_every_optional_property_somewhere()
    {
        var missing = DemoTypes
            .SelectMany(PlanModel.Properties)
            .Where(p => PlanModel.IsNullable(p) && !IsImportReport(p))
            .Select(PlanModel.Key)
            .Where(key => !Usage.SetOptionals.Contains(key));

        Assert.Empty(missing);
    }

    [Fact]
    public void Uses_every_enum_value_except_those_excluded_on_purpose()
    {
        var missing = PlanModel.EnumTypes
            .Where(t => !ImportReport.Contains(t))
            .SelectMany(t => Enum.GetValues(t).Cast<Enum>())
            .Where(v => !Usage.EnumValues.Contains(v) && !UnusedOnPurpose.ContainsKey(v))
            .Select(v => $"{v.GetType().Name}.{v}");

        Assert.Empty(missing);
    }

    [Fact]
    public void Exclusions_are_really_unused()
    {
        // A stale exclusion would hide a value the demo has started to use, or excuse one it should.
        Assert.DoesNotContain(UnusedOnPurpose.Keys, v => Usage.EnumValues.Contains(v));
    }

    [Fact]
    public void Work_tree_is_pillar_investment_work_package_with_actions()
    {
        var plan = DemoPlan.Load();

        var deepest = PlanFigures.Actions(plan).Max(a => a.Path.Count);
        var path = PlanFigures.Actions(plan).First(a => a.Path.Count == deepest).Path.Select(p => p.Kind);

        Assert.True(deepest >= 3);
        Assert.Equal([WorkPartKind.Pillar, WorkPartKind.Investment, WorkPartKind.WorkPackage], path);
    }

    [Fact]
    public void Load_returns_an_independent_copy()
    {
        var first = DemoPlan.Load();
        first.Risks.Clear();

        Assert.NotEmpty(DemoPlan.Load().Risks);
    }
}
