using Hankevahti.Checks.Profiles;
using Hankevahti.Following;
using Hankevahti.Following.Values;
using Hankevahti.People;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Following.Values;

/// <summary>Progress from approved values against the linear rule from baseline to target, with the profile's tolerance.</summary>
public class IndicatorProgressTests
{
    // A two-year project in half-years: 2025-H1 … 2026-H2; the H1 of 2026 ends at 3/4 of the way in time less a day.
    private static readonly DateRange Project = new() { Start = new DateOnly(2025, 1, 1), End = new DateOnly(2026, 12, 31) };

    private static IReadOnlyList<ProjectPeriod> Periods() =>
        ReportingCalendar.For(new ProgrammeProfile
        {
            Key = "t",
            ReportingPeriods = [new() { From = "01-01", To = "06-30" }, new() { From = "07-01", To = "12-31" }],
        }, Project).Periods;

    private static Indicator Count(decimal? baseline, decimal? target, int? year = null) => new()
    {
        Id = "i1",
        Kind = IndicatorKind.Count,
        Baseline = baseline is null ? null : new IndicatorValue { Value = baseline },
        Targets = target is null ? [] : [new IndicatorValue { Value = target, Year = year }],
    };

    private static MeasuredValue V(string period, decimal number, VersionStatus status = VersionStatus.Approved, string org = "") =>
        new("i1", period, org, number, null, null, status, null);

    public static TheoryData<string, Indicator, MeasuredValue[], ProgressStatus, decimal?, decimal?> Cases() => new()
    {
        // Halfway in time (end of 2025 ≈ 0.5), halfway there: on track.
        { "on the line", Count(0, 100), [V("2025-H2", 50)], ProgressStatus.OnTrack, 0.5m, 50m },
        // 45 % of the way when 50 % expected: inside the 10-point tolerance.
        { "within tolerance", Count(0, 100), [V("2025-H2", 45)], ProgressStatus.OnTrack, 0.45m, 45m },
        // 30 % when 50 % expected: behind.
        { "behind", Count(0, 100), [V("2025-H2", 30)], ProgressStatus.Behind, 0.3m, 30m },
        // Only approved values count: a submitted 90 does not lift the approved 30.
        { "submitted does not count", Count(0, 100), [V("2025-H2", 30), V("2026-H1", 90, VersionStatus.Submitted)], ProgressStatus.Behind, 0.3m, 30m },
        // The latest approved period is the one judged, even when values are saved in another order.
        { "latest period wins", Count(0, 100), [V("2026-H2", 100), V("2025-H1", 10)], ProgressStatus.OnTrack, 1m, 100m },
        // A falling target (waiting days 150 → 90): going down is progress.
        { "downward target", Count(150, 90), [V("2025-H2", 120)], ProgressStatus.OnTrack, 0.5m, -30m },
        { "downward target, wrong way", Count(150, 90), [V("2025-H2", 160)], ProgressStatus.Behind, -0.1667m, 10m },
        // No baseline: counted from 0.
        { "no baseline", Count(null, 10), [V("2025-H2", 5)], ProgressStatus.OnTrack, 0.5m, 5m },
        // A target for 2025: expected all the way by the end of 2025.
        { "target's year end", Count(0, 100, 2025), [V("2025-H2", 50)], ProgressStatus.Behind, 0.5m, 50m },
        // Targets for both years: by the end of 2025 the line has reached the 2025 target (120 of 400), so 130 is on
        // track although it is only a third of the way to the final target.
        { "intermediate target reached", Count(0, 400, 2026) with { Targets = [new IndicatorValue { Value = 120, Year = 2025 }, new IndicatorValue { Value = 400, Year = 2026 }] },
            [V("2025-H2", 130)], ProgressStatus.OnTrack, 0.325m, 130m },
        { "intermediate target missed", Count(0, 400, 2026) with { Targets = [new IndicatorValue { Value = 120, Year = 2025 }, new IndicatorValue { Value = 400, Year = 2026 }] },
            [V("2025-H2", 60)], ProgressStatus.Behind, 0.15m, 60m },
        // Nothing approved yet.
        { "no value", Count(0, 100), [V("2025-H2", 50, VersionStatus.Draft)], ProgressStatus.NoValue, null, null },
        // Without a target there is no way to measure.
        { "no target", Count(0, null), [V("2025-H2", 50)], ProgressStatus.NoTarget, null, 50m },
        // Two organisations' counts add up when no project-wide value is given.
        { "organisations summed", Count(0, 100), [V("2025-H2", 20, org: "A"), V("2025-H2", 30, org: "B")], ProgressStatus.OnTrack, 0.5m, 50m },
        // A project-wide value stands for the period over the organisations' own.
        { "project-wide wins", Count(0, 100), [V("2025-H2", 20, org: "A"), V("2025-H2", 60)], ProgressStatus.OnTrack, 0.6m, 60m },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Progress_follows_the_linear_rule(string why, Indicator indicator, MeasuredValue[] values, ProgressStatus status, decimal? share, decimal? change)
    {
        var progress = IndicatorProgressRule.For(indicator, values, Periods(), Project, new ProgressRule());

        Assert.True(status == progress.Status, $"{why}: {progress.Status}");
        Assert.Equal(share, progress.Share);
        Assert.Equal(change, progress.Change);
    }

    [Fact]
    public void The_profiles_tolerance_decides_a_close_call()
    {
        // 45 % of the way at 50 % expected: on track at the default 10 points, behind at 2.
        var progress = IndicatorProgressRule.For(Count(0, 100), [V("2025-H2", 45)], Periods(), Project, new ProgressRule { Tolerance = 0.02m });

        Assert.Equal(ProgressStatus.Behind, progress.Status);
    }

    public static TheoryData<string, string, bool, ProgressStatus> YesNos() => new()
    {
        // Not yet reached before the target's date is not behind: yes/no has no halfway.
        { "no before the end", "2025-H2", false, ProgressStatus.OnTrack },
        { "no at the end", "2026-H2", false, ProgressStatus.Behind },
        { "yes early", "2025-H1", true, ProgressStatus.OnTrack },
    };

    [Theory, MemberData(nameof(YesNos))]
    public void A_yes_no_indicator_is_behind_only_when_its_date_has_come(string why, string period, bool value, ProgressStatus status)
    {
        var indicator = new Indicator { Id = "i1", Kind = IndicatorKind.YesNo, Targets = [new IndicatorValue { Achieved = true }] };

        var progress = IndicatorProgressRule.For(indicator, [new MeasuredValue("i1", period, "", null, value, null, VersionStatus.Approved, null)],
            Periods(), Project, new ProgressRule());

        Assert.True(status == progress.Status, why);
    }

    [Fact]
    public void Every_shipped_profile_has_a_progress_tolerance_between_zero_and_one()
    {
        Assert.All(ProfileCatalog.All, p => Assert.InRange(p.Progress.Tolerance, 0m, 1m));
    }
}
