using Hankevahti.Checks;
using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Following.Actions;

/// <summary>Risks reassessed per period: the latest assessment at a period against the one before it (or the plan's).</summary>
public class RiskStatesTests
{
    private static readonly ProjectPeriod[] Periods =
    [
        Period("2026-H1", "2026-01-01", "2026-06-30"),
        Period("2026-H2", "2026-07-01", "2026-12-31"),
        Period("2027-H1", "2027-01-01", "2027-06-30"),
    ];

    private static Risk Risk(string id, decimal? likelihood, decimal? impact) => new()
    {
        Id = id, Title = "Risk " + id,
        Likelihood = likelihood is null ? null : new RiskRating { Min = likelihood, Max = likelihood },
        Impact = impact is null ? null : new RiskRating { Min = impact, Max = impact },
    };

    public static TheoryData<string, decimal?, string, string?, string?, string?, RiskMove> Moves() => new()
    {
        // Not reassessed: stays where the plan put it, no movement.
        { "not assessed", 2, "", "2026-H2", "2x2", null, RiskMove.Unchanged },
        // First assessment moves from the plan's place.
        { "first assessment up", 2, "2026-H1:3x4", "2026-H1", "3x4", "2x2", RiskMove.Up },
        // Second assessment moves from the first, not from the plan.
        { "second down", 2, "2026-H1:3x4;2026-H2:1x4", "2026-H2", "1x4", "3x4", RiskMove.Down },
        // Looking at an earlier period ignores a later assessment.
        { "later not seen", 2, "2026-H1:3x4;2026-H2:1x4", "2026-H1", "3x4", "2x2", RiskMove.Up },
        // A period with no assessment of its own shows the last one, moved from the one before.
        { "carried forward", 2, "2026-H1:3x4;2026-H2:1x4", "2027-H1", "1x4", "3x4", RiskMove.Down },
        // Same score in another cell counts as unchanged (the score says how serious).
        { "same score", 2, "2026-H1:1x4", "2026-H1", "1x4", "2x2", RiskMove.Unchanged },
        // The plan gave no ratings: the first assessment is new.
        { "unrated plan", null, "2026-H1:2x3", "2026-H1", "2x3", null, RiskMove.New },
    };

    [Theory, MemberData(nameof(Moves))]
    public void Movement_between_periods(string why, decimal? planned, string assessed, string? period, string? current, string? previous, RiskMove move)
    {
        Assert.True(why.Length > 0);
        var assessments = assessed.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(a =>
        {
            var (code, li) = (a.Split(':')[0], a.Split(':')[1].Split('x'));
            return new RiskAssessment("r", code, int.Parse(li[0]), int.Parse(li[1]), null);
        }).ToList();

        var state = RiskStates.At([Risk("r", planned, planned)], assessments, period, Periods).Single();

        Assert.Equal(current, Text(state.Current));
        Assert.Equal(previous, Text(state.Previous));
        Assert.Equal(move, state.Move);
    }

    public static TheoryData<string, decimal?, decimal?, decimal?, string?> PlannedPlaces() => new()
    {
        // A single value.
        { "single", 3, 3, 4, "3x4" },
        // A range goes to its upper end, as the plan's matrix draws it.
        { "range", 2, 3, 4, "3x4" },
        // A half goes up.
        { "half", 2.5m, 2.5m, 1, "3x1" },
        // Outside the scale: no place.
        { "off scale", 6, 6, 2, null },
        // Missing impact: no place.
        { "missing", 2, 2, null, null },
    };

    [Theory, MemberData(nameof(PlannedPlaces))]
    public void The_plans_place(string why, decimal? likelihoodMin, decimal? likelihoodMax, decimal? impact, string? expected)
    {
        Assert.True(why.Length > 0);
        var risk = new Risk
        {
            Id = "r", Likelihood = new RiskRating { Min = likelihoodMin, Max = likelihoodMax },
            Impact = impact is null ? null : new RiskRating { Min = impact, Max = impact },
        };
        Assert.Equal(expected, Text(RiskStates.PlannedPoint(risk)));
    }

    public static TheoryData<string> AllSeeds() => new(Seeds.All);

    // On real plans: reassessing every risk one step more likely (capped at 5) moves each rated one up or keeps it at
    // the top, and an unreassessed period keeps the plan's places.
    [Theory, MemberData(nameof(AllSeeds))]
    public void On_a_real_plan_each_reassessed_risk_moves_from_the_plans_place(string seed)
    {
        var plan = PlanImporter.ImportFile(Seeds.Path(seed)).Plan!;
        var assessments = plan.Risks.Where(r => RiskStates.PlannedPoint(r) is not null)
            .Select(r => RiskStates.PlannedPoint(r)!.Value)
            .Zip(plan.Risks.Where(r => RiskStates.PlannedPoint(r) is not null), (p, r) => new RiskAssessment(r.Id, "2026-H2", Math.Min(p.Likelihood + 1, 5), p.Impact, null))
            .ToList();

        var before = RiskStates.At(plan.Risks, assessments, "2026-H1", Periods);
        var after = RiskStates.At(plan.Risks, assessments, "2026-H2", Periods);

        Assert.Equal(plan.Risks.Count, after.Count);
        Assert.All(before, s => Assert.Equal(RiskMove.Unchanged, s.Move));
        Assert.All(before, s => Assert.Equal(s.Planned, s.Current));
        foreach (var state in after.Where(s => s.Planned is not null))
        {
            Assert.Equal(state.Planned, state.Previous);
            Assert.Equal(state.Planned!.Value.Likelihood == 5 ? RiskMove.Unchanged : RiskMove.Up, state.Move);
            Assert.Equal("2026-H2", state.Assessed!.PeriodCode);
        }
    }

    private static string? Text(RiskPoint? point) => point is { } p ? $"{p.Likelihood}x{p.Impact}" : null;

    private static ProjectPeriod Period(string code, string start, string end) =>
        new(code, new Localized(code, code), DateOnly.Parse(start), DateOnly.Parse(end), DateOnly.Parse(start), DateOnly.Parse(end), null);
}
