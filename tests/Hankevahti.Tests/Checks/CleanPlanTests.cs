using Hankevahti.Checks;
using Hankevahti.Demo;
using Hankevahti.Import;
using Hankevahti.Reading;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks;

/// <summary>
/// A plan with nothing wrong must get no error and no warning: false alarms teach users to ignore the
/// checks. The demo plan is what a new user sees first; the clean fixture is a complete plan as a file.
/// </summary>
public class CleanPlanTests
{
    public const string CleanFixture = "clean-plan.md";

    public static ImportResult ImportCleanFixture() => PlanImporter.ImportFile(RepoFiles.Path("tests", "Hankevahti.Tests", "Fixtures", CleanFixture));

    [Fact]
    public void The_demo_plan_gives_no_error_and_no_warning()
    {
        var report = PlanChecker.Check(DemoPlan.Load());

        var serious = report.AtLeast(FindingSeverity.Warning).Findings;
        Assert.True(serious.Count == 0, CheckRun.Describe(serious));
    }

    [Fact]
    public void The_clean_fixture_plan_gives_no_error_and_no_warning()
    {
        var path = RepoFiles.Path("tests", "Hankevahti.Tests", "Fixtures", CleanFixture);
        var read = DocumentReader.ReadFile(path);
        var imported = PlanImporter.Import(read, CleanFixture);
        Assert.True(imported.Succeeded, imported.Error);

        var report = PlanChecker.Check(imported.Plan!, source: read);

        Assert.Equal("rakenneuudistus", report.Profile.Key);
        var serious = report.AtLeast(FindingSeverity.Warning).Findings;
        Assert.True(serious.Count == 0, CheckRun.Describe(serious));
    }

    [Fact]
    public void The_clean_fixture_is_a_whole_plan_so_that_its_silence_means_something()
    {
        var plan = ImportCleanFixture().Plan!;

        // Each part of the template is there for the rules to look at; a rule that finds nothing on an
        // empty list proves nothing.
        Assert.Equal(2, plan.Work.Count);
        Assert.Equal(5, plan.Work.Sum(w => w.Actions.Count));
        Assert.All(plan.Work.SelectMany(w => w.Actions), a => Assert.Equal(Hankevahti.Plans.ScheduleStatus.Known, a.Schedule.Status));
        Assert.Equal(2, plan.Indicators.Count);
        Assert.All(plan.Indicators, i => Assert.NotNull(i.Baseline));
        Assert.Equal(2, plan.Risks.Count);
        Assert.All(plan.Risks, r => Assert.NotNull(r.Owner));
        Assert.Equal(4, plan.Governance.Single().Members.Count);
        Assert.Equal(2, plan.Resources.Count);
        Assert.Equal(2, plan.Organisations.Count);
        Assert.Equal(200_000m, Hankevahti.Figures.PlanFigures.Total(plan.Budget));
        Assert.Equal(0.2m, plan.Budget.Funding.OwnFundingShare);
    }
}
