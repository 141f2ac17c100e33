using Hankevahti.Plans;
using Hankevahti.Versions.Diff;

namespace Hankevahti.Tests.Versions;

public class PlanDiffTests
{
    /// <summary>Each case changes the invented plan in one way and says what the diff must list.</summary>
    public static TheoryData<string> Cases() => new(CaseNames);

    private static readonly string[] CaseNames =
    [
        "field edit", "risk added and removed", "reorder", "work part moved", "budget line moved between parts",
        "indicator target", "schedule shift", "funding share",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Diff_lists_what_the_change_made(string name)
    {
        var before = DiffPlans.Base();
        var (after, check) = Case(name);

        check(PlanDiff.Compare(before, after));
    }

    private static (Plan After, Action<PlanDiffResult> Check) Case(string name) => name switch
    {
        // An edit of one field: one changed item with that field's value before and after, nothing else.
        "field edit" => (DiffPlans.Changed(p => { p.Risks[0] = p.Risks[0] with { Title = "Henkilöstö vaihtuu usein" }; return p; }), diff =>
        {
            var part = Assert.Single(diff.Parts);
            Assert.Equal("risks", part.Part);
            var change = Assert.Single(part.Changed);
            Assert.Equal("r-one", change.Id);
            Assert.Null(change.Moved);
            Assert.Equal(new FieldChange("title", "Henkilöstö vaihtuu", "Henkilöstö vaihtuu usein"), Assert.Single(change.Fields));
            Assert.Empty(part.Added);
            Assert.Empty(part.Removed);
        }),
        // A risk removed and another added: listed by id as removed and added, never as a change of one into the other.
        "risk added and removed" => (DiffPlans.Changed(p =>
        {
            p.Risks.RemoveAt(1);
            p.Risks.Add(new Risk { Id = "r-three", Code = "R3", Title = "Rahoitus ei riitä" });
            return p;
        }), diff =>
        {
            var part = Assert.Single(diff.Parts);
            Assert.Equal("r-three", Assert.Single(part.Added).Id);
            Assert.Equal("R3 Rahoitus ei riitä", part.Added[0].Label);
            Assert.Equal("r-two", Assert.Single(part.Removed).Id);
            Assert.Empty(part.Changed);
        }),
        // The same items in another order (risks, parts, budget lines): no change at all.
        "reorder" => (DiffPlans.Changed(p =>
        {
            p.Risks.Reverse();
            p.Work.Reverse();
            p.Budget.Lines.Reverse();
            return p;
        }), diff =>
        {
            Assert.True(diff.IsEmpty, string.Join(", ", diff.Parts.Select(x => x.Part)));
            Assert.Empty(diff.Money.Moves);
        }),
        // A work package moved under another part: one change "moved" with its old and new parent, not removed and added.
        "work part moved" => (DiffPlans.Changed(p =>
        {
            var sub = p.Work[0].Children[0];
            p.Work[0].Children.Clear();
            p.Work[1].Children.Add(sub);
            return p;
        }), diff =>
        {
            var part = Assert.Single(diff.Parts);
            Assert.Equal("work", part.Part);
            Assert.Empty(part.Added);
            Assert.Empty(part.Removed);
            var change = Assert.Single(part.Changed);
            Assert.Equal("w-sub", change.Id);
            Assert.Equal("w-two", change.Moved!.From!.Id);
            Assert.Equal("w-three", change.Moved.To!.Id);
            Assert.Equal("3 Digitaaliset palvelut", change.Moved.To.Label);
            Assert.Empty(change.Fields);
        }),
        // A budget line's part changed from 2 to 3: exactly one move of its amount between the parts, the
        // total and the categories and organisations as they were.
        "budget line moved between parts" => (DiffPlans.Changed(p => { p.Budget.Lines[0] = p.Budget.Lines[0] with { PartCode = "3" }; return p; }), diff =>
        {
            var change = Assert.Single(Assert.Single(diff.Parts).Changed);
            Assert.Equal(new FieldChange("partCode", "2", "3"), Assert.Single(change.Fields));
            var move = Assert.Single(diff.Money.Moves);
            Assert.Equal(new MoneyMove(MoneyDimension.Part, "2", "3", "Osa-alue 2", "Osa-alue 3", 800_000m), move);
            Assert.Empty(diff.Money.Unpaired);
            Assert.Equal(diff.Money.TotalBefore, diff.Money.TotalAfter);
            Assert.False(diff.Funding.Changed);
            Assert.Contains("800,000 moved from Osa-alue 2 to Osa-alue 3", DiffText.Format(diff, "test", "en"));
            Assert.Contains("800 000 € siirretty: Osa-alue 2 → Osa-alue 3", DiffText.Format(diff, "test", "fi"));
        }),
        // An indicator's target value changed: listed by the indicator with its old and new targets.
        "indicator target" => (DiffPlans.Changed(p =>
        {
            p.Indicators[0] = p.Indicators[0] with { Targets = [new IndicatorValue { Year = 2027, Value = 120, Text = "120 pv" }] };
            return p;
        }), diff =>
        {
            var target = Assert.Single(diff.IndicatorTargets);
            Assert.Equal("i-wait", target.Id);
            Assert.Equal(["2027: 150 pv"], target.Before);
            Assert.Equal(["2027: 120 pv"], target.After);
            Assert.Equal("indicators", Assert.Single(diff.Parts).Part);
        }),
        // An action's schedule moved two months later: the shift says +2 months at the start and the end.
        "schedule shift" => (DiffPlans.Changed(p =>
        {
            var part = p.Work[0];
            part.Actions[0] = part.Actions[0] with { Schedule = DiffPlans.Periods(new DateOnly(2026, 11, 1), new DateOnly(2027, 2, 28)) };
            return p;
        }), diff =>
        {
            var shift = Assert.Single(diff.ScheduleShifts);
            Assert.Equal("a-one", shift.Id);
            Assert.Equal(2, shift.StartMonths);
            Assert.Equal(2, shift.EndMonths);
            Assert.Equal(new DateOnly(2026, 9, 1), shift.StartBefore);
            Assert.Equal(new DateOnly(2027, 2, 28), shift.EndAfter);
            Assert.Contains("(+2 kk)", DiffText.Format(diff, "test"));
        }),
        // The own funding share raised: the funding part's field and the derived own funding and grant before and after.
        "funding share" => (DiffPlans.Changed(p => p with { Budget = p.Budget with { Funding = new Funding { OwnFundingShare = 0.25m, GrantShare = 0.75m } } }), diff =>
        {
            var change = Assert.Single(Assert.Single(diff.Parts).Changed);
            Assert.Equal("funding", change.Kind);
            Assert.Equal(new FieldChange("ownFundingShare", "0.2", "0.25"), change.Fields[0]);
            Assert.Equal(210_000m, diff.Funding.Before.OwnFunding);
            Assert.Equal(262_500m, diff.Funding.After.OwnFunding);
            Assert.Equal(787_500m, diff.Funding.After.Grant);
            Assert.Empty(diff.Money.Moves);
        }),
        _ => throw new ArgumentException(name),
    };

    [Fact]
    public void A_plan_compared_with_itself_has_no_changes()
    {
        var diff = PlanDiff.Compare(DiffPlans.Base(), DiffPlans.Base());

        Assert.True(diff.IsEmpty);
        Assert.Contains("Ei muutoksia.", DiffText.Format(diff, "projekti 1: 1 → 1"));
    }

    [Fact]
    public void Money_added_to_one_part_and_taken_from_another_pairs_what_it_can_and_leaves_the_rest()
    {
        // Part 2 loses 100 000 (materials line gone, pay down 50 000), part 3 gains 60 000: 60 000 moved, 40 000 taken away.
        var after = DiffPlans.Changed(p =>
        {
            p.Budget.Lines.RemoveAt(2);
            p.Budget.Lines[0] = p.Budget.Lines[0] with { Amount = 750_000m };
            p.Budget.Lines[1] = p.Budget.Lines[1] with { Amount = 260_000m };
            return p;
        });

        var money = PlanDiff.Compare(DiffPlans.Base(), after).Money;

        Assert.Contains(new MoneyMove(MoneyDimension.Part, "2", "3", "Osa-alue 2", "Osa-alue 3", 60_000m), money.Moves);
        var left = Assert.Single(money.Unpaired, u => u.Dimension == MoneyDimension.Part);
        Assert.Equal(("2", -40_000m, -100_000m), (left.Key, left.Amount, left.Change));
        Assert.Equal(1_050_000m, money.TotalBefore);
        Assert.Equal(1_010_000m, money.TotalAfter);
    }
}
