using Hankevahti.Tests.Import;
using Hankevahti.Tests.Support;
using Hankevahti.Versions;
using Hankevahti.Versions.Diff;

namespace Hankevahti.Tests.Versions;

/// <summary>The diff on the real plans (read from HANKEVAHTI_SEEDS, never copied here).</summary>
public class PlanDiffSeedTests
{
    public static TheoryData<string> SeedNames() => new(Seeds.All);

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void A_seed_compared_with_itself_has_no_changes(string seed)
    {
        var plan = PlanIds.Fill(SeedImports.Plan(seed));

        var diff = PlanDiff.Compare(plan, PlanIds.Copy(plan));

        Assert.True(diff.IsEmpty, DiffText.Format(diff, seed, "en"));
        Assert.Empty(diff.Money.Moves);
        Assert.Empty(diff.Money.Unpaired);
        Assert.False(diff.Funding.Changed);
        Assert.Empty(diff.IndicatorTargets);
        Assert.Empty(diff.ScheduleShifts);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Two_values_changed_in_a_seed_are_exactly_the_two_changes_listed(string seed)
    {
        var plan = PlanIds.Fill(SeedImports.Plan(seed));
        var changed = PlanIds.Copy(plan);
        changed = changed with { Project = changed.Project with { CaseNumber = "VN/0000/2099" } };
        var section = changed.Sections[^1];
        changed.Sections[^1] = section with { Title = section.Title + " (muutettu)" };

        var diff = PlanDiff.Compare(plan, changed);

        Assert.Equal(["project", "sections"], diff.Parts.Select(p => p.Part));
        Assert.All(diff.Parts, p => Assert.Empty(p.Added));
        Assert.All(diff.Parts, p => Assert.Empty(p.Removed));
        var project = Assert.Single(diff.Parts[0].Changed);
        Assert.Equal(new FieldChange("caseNumber", plan.Project.CaseNumber, "VN/0000/2099"), Assert.Single(project.Fields));
        var sectionChange = Assert.Single(diff.Parts[1].Changed);
        Assert.Equal(section.Id, sectionChange.Id);
        Assert.Equal("title", Assert.Single(sectionChange.Fields).Field);
        Assert.EndsWith(" (muutettu)", sectionChange.Fields[0].After);
        Assert.Empty(diff.Money.Moves);
        Assert.Empty(diff.IndicatorTargets);
        Assert.Empty(diff.ScheduleShifts);
    }

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void A_budget_line_moved_to_another_part_of_a_seed_is_a_move_of_its_amount(string seed)
    {
        var plan = PlanIds.Fill(SeedImports.Plan(seed));
        var lines = plan.Budget.Lines.Select((l, i) => (l, i)).Where(x => x.l.Kind == Hankevahti.Plans.FigureKind.Planned && x.l.Amount > 0 && x.l.PartCode is not null).ToList();
        var codes = lines.Select(x => x.l.PartCode!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (codes.Count < 2)
        {
            // A seed whose budget is not split by part has no move between parts to make.
            return;
        }
        var (line, index) = lines[0];
        var target = codes.First(c => !string.Equals(c, line.PartCode, StringComparison.OrdinalIgnoreCase));
        var changed = PlanIds.Copy(plan);
        changed.Budget.Lines[index] = line with { PartCode = target };

        var diff = PlanDiff.Compare(plan, changed);

        var move = Assert.Single(diff.Money.Moves, m => m.Dimension == MoneyDimension.Part);
        Assert.Equal((line.PartCode, target, line.Amount), (move.From, move.To, move.Amount));
        Assert.DoesNotContain(diff.Money.Unpaired, u => u.Dimension == MoneyDimension.Part);
        Assert.Equal(diff.Money.TotalBefore, diff.Money.TotalAfter);
    }
}
