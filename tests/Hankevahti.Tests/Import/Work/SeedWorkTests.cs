using Hankevahti.Tests.Support;
using Hankevahti.Import.Common;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Import.Work;

/// <summary>Issue 3 acceptance for the work structure, actions and schedules of the real plans.</summary>
public class SeedWorkTests
{
    [Fact]
    public void GoodWorkHasTwoWorkPackagesWithFourActionsEach()
    {
        var plan = SeedImports.Plan(Seeds.HyvanTyon);
        Assert.Equal(["1", "2"], plan.Work.Select(p => p.Code));
        Assert.All(plan.Work, p =>
        {
            Assert.Equal(WorkPartKind.WorkPackage, p.Kind);
            Assert.Equal("Työpaketti", p.KindLabel);
            Assert.NotNull(p.Source?.Line);
            Assert.False(string.IsNullOrWhiteSpace(p.Description));
        });
        Assert.Equal(["1.1", "1.2", "1.3", "1.4"], plan.Work[0].Actions.Select(a => a.Code));
        Assert.Equal(["2.1", "2.2", "2.3", "2.4"], plan.Work[1].Actions.Select(a => a.Code));
        Assert.All(WorkLookup.AllActions(plan), a =>
        {
            Assert.NotNull(a.Source?.Line);
            Assert.False(string.IsNullOrWhiteSpace(a.Title));
            Assert.False(string.IsNullOrWhiteSpace(a.Description));
        });
        Assert.StartsWith("Monimuotoisuusohjelman", WorkLookup.FindAction(plan, "1.1")!.Title);
    }

    [Fact]
    public void GoodWorkScheduleHasSixPeriodsAndActionOneOneInTheFirst()
    {
        var plan = SeedImports.Plan(Seeds.HyvanTyon);
        var actions = WorkLookup.AllActions(plan).ToList();
        Assert.All(actions, a => Assert.Equal(ScheduleStatus.Known, a.Schedule.Status));
        var periods = actions.SelectMany(a => a.Schedule.Periods).GroupBy(p => p.Label).Select(g => g.First()).OrderBy(p => p.Start).ToList();
        Assert.Equal(["09-10/2026", "11-12/2026", "01-03/2027", "04-06/2027", "07-09/2027", "10-12/2027"], periods.Select(p => p.Label));
        Assert.Equal(new DateOnly(2026, 9, 1), periods[0].Start);
        Assert.Equal(new DateOnly(2027, 12, 31), periods[^1].End);
        Assert.Equal(PeriodGranularity.Bimonth, periods[0].Granularity);
        Assert.Equal(PeriodGranularity.Quarter, periods[2].Granularity);

        var first = WorkLookup.FindAction(plan, "1.1")!.Schedule;
        var mark = Assert.Single(first.Periods);
        Assert.Equal("09-10/2026", mark.Label);
        Assert.False(string.IsNullOrEmpty(mark.Note));
        Assert.NotNull(mark.Source?.Line);
        Assert.Equal(["01-03/2027", "04-06/2027"], WorkLookup.FindAction(plan, "2.2")!.Schedule.Periods.Select(p => p.Label));
    }

    [Fact]
    public void StructuralReformHasFourPartsWithLetterCodedActions()
    {
        var plan = SeedImports.Plan(Seeds.Rakenneuudistus);
        Assert.Equal(["1", "2", "3", "4"], plan.Work.Select(p => p.Code));
        Assert.All(plan.Work, p =>
        {
            Assert.Equal(WorkPartKind.Part, p.Kind);
            Assert.Equal("Osa-alue", p.KindLabel);
            Assert.NotNull(p.Source?.Line);
        });
        Assert.Equal(["A", "B", "C", "D", "E"], plan.Work[0].Actions.Select(a => a.Code));
        Assert.Equal(["F", "F.1", "F.2", "G", "H", "I", "I.1", "I.2", "I.3"], plan.Work[1].Actions.Select(a => a.Code));
        Assert.Equal(["J", "K", "L", "M"], plan.Work[2].Actions.Select(a => a.Code));
        Assert.Equal(["O"], plan.Work[3].Actions.Select(a => a.Code));
        Assert.All(WorkLookup.AllActions(plan), a => Assert.NotNull(a.Source?.Line));
        // The detailed text after a summary list belongs to the action named last, also when its
        // code was mistyped as the previous one's ("F.1" written for F.2).
        Assert.False(string.IsNullOrWhiteSpace(WorkLookup.FindAction(plan, "A")!.Description));
        Assert.False(string.IsNullOrWhiteSpace(WorkLookup.FindAction(plan, "F.2")!.Description));
        Assert.Equal("Vaikuttavuuden kehittäminen", WorkLookup.FindAction(plan, "F.2")!.Title);
    }

    // The Gantt tables kept their period columns but lost their bars.
    [Fact]
    public void StructuralReformGanttSchedulesAreUnknown()
    {
        var plan = SeedImports.Plan(Seeds.Rakenneuudistus);
        foreach (var part in plan.Work.Skip(1).Take(2))
        {
            Assert.All(part.Actions, a =>
            {
                Assert.Equal(ScheduleStatus.Unknown, a.Schedule.Status);
                Assert.Empty(a.Schedule.Periods);
                Assert.NotNull(a.Schedule.Source);
            });
        }
        Assert.Equal(2, plan.Import!.Notes.Count(n => n.Message.Contains("no marks", StringComparison.Ordinal)));
        Assert.DoesNotContain(WorkLookup.AllActions(plan), a => a.Schedule.Status == ScheduleStatus.Known);
    }

    [Fact]
    public void RrfHasPillarsInvestmentsAndWorkPackagesAsATree()
    {
        var plan = SeedImports.Plan(Seeds.Rrf);
        Assert.Equal(["3", "4"], plan.Work.Select(p => p.Code));
        Assert.All(plan.Work, p => Assert.Equal(WorkPartKind.Pillar, p.Kind));
        Assert.Empty(plan.Work[0].Children);
        var investments = plan.Work[1].Children;
        Assert.Equal(["1", "2", "3", "4"], investments.Select(i => i.Code));
        Assert.All(investments, i => Assert.Equal(WorkPartKind.Investment, i.Kind));
        Assert.Equal(
            [["1.1", "1.2", "1.3", "1.4", "1.4A", "1.4B"], ["2.1", "2.2"], ["3.1", "3.2"], ["4.1", "4.2", "4.3", "4.4"]],
            investments.Select(i => i.Children.Select(w => w.Code).ToArray()));
        foreach (var code in new[] { "1.1", "1.4A", "1.4B", "4.4" })
        {
            var wp = WorkLookup.FindPart(plan, code);
            Assert.NotNull(wp);
            Assert.Equal(WorkPartKind.WorkPackage, wp.Kind);
            Assert.NotNull(wp.Source?.Line);
        }
        Assert.Equal("Omaolo", WorkLookup.FindPart(plan, "1.4A")!.Title);
        Assert.EndsWith("palveluvelkaa", investments[0].Title);
        Assert.All(WorkLookup.AllParts(plan.Work), p => Assert.NotNull(p.Source));
    }
}
