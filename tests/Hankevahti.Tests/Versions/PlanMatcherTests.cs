using Hankevahti.Plans;
using Hankevahti.Versions;
using static Hankevahti.Tests.Versions.MergeFixture;

namespace Hankevahti.Tests.Versions;

/// <summary>A new import's items get the previous version's ids when they are the same items, and only then.</summary>
public sealed class PlanMatcherTests
{
    public sealed record Case(string Name, Func<Plan, Plan> Document, Action<Plan, PlanMatch> Expect)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Case> Cases() =>
    [
        // An edited title keeps the item's id (same code).
        new("edit keeps the id",
            p => Risk(p, "R2", r => r with { Title = "Tilat ovat ahtaat" }),
            (b, m) => Assert.Equal(RiskId(b, "R2"), m.Plan.Risks[1].Id)),
        // A reorder keeps every id: items are matched by code and words, not place.
        new("reorder keeps the ids",
            p => { p.Risks.Reverse(); return p; },
            (b, m) => Assert.Equal(b.Risks.Select(r => r.Id).Reverse(), m.Plan.Risks.Select(r => r.Id))),
        // An action moved under another work part keeps its id.
        new("move keeps the id",
            p =>
            {
                var action = p.Work[0].Actions[1];
                p.Work[0].Actions.RemoveAt(1);
                p.Work[1].Actions.Add(action);
                return p;
            },
            (b, m) => Assert.Equal(b.Work[0].Actions[1].Id, m.Plan.Work[1].Actions.Single().Id)),
        // A new item gets an id no earlier item had; the removed one's id is reported removed, not given to it.
        new("new and removed are never renamed",
            p =>
            {
                p.Risks.RemoveAt(2);
                p.Risks.Add(new Risk { Code = "R9", Title = "Pakkastalvi katkaisee tiet", Description = "Kelirikko" });
                return p;
            },
            (b, m) =>
            {
                var added = Assert.Single(m.Added);
                var removed = Assert.Single(m.Removed);
                Assert.Equal(RiskId(b, "R3"), removed.Id);
                Assert.DoesNotContain(added.Id, PlanIds.All(b));
                Assert.Equal(added.Id, m.Plan.Risks[2].Id);
            }),
        // A goal's indicator references follow the indicators' matched ids.
        new("goals' indicatorIds relinked",
            p =>
            {
                p.Indicators.Reverse();
                p.Goals[0] = p.Goals[0] with { IndicatorIds = ["imp-1", "imp-2"] };
                return p;
            },
            (b, m) => Assert.Equal([b.Indicators[1].Id, b.Indicators[0].Id], m.Plan.Goals[0].IndicatorIds)),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches(Case c)
    {
        var b = Base();
        var document = c.Document(PlanIds.Copy(b));
        // The importer's own ids: places, not identities (the goal's references name them).
        var places = 0;
        foreach (var list in PlanItems.Lists(document).ToList())
        {
            for (var i = 0; i < list.Count; i++)
            {
                list.SetId(i, list.Kind == "indicator" ? $"imp-{i + 1}" : $"x{++places}");
            }
        }
        var match = PlanMatcher.Match(b, document);
        c.Expect(b, match);
        Assert.True(PlanIds.IsComplete(match.Plan));
    }
}
