using System.Collections.Concurrent;
using Hankevahti.Checks;
using Hankevahti.Checks.Profiles;
using Hankevahti.Figures;
using Hankevahti.Following;
using Hankevahti.Following.Actions;
using Hankevahti.Json;
using Hankevahti.Plans;

namespace Hankevahti.Storage.Portfolio;

/// <summary>
/// What the portfolio needs of one stored plan version that only the plan JSON holds: its indicators, its actions with
/// their scheduled ends, its risks' scores, its reporting calendar and its findings (with their keys, for dismissals).
/// A version never changes once stored, so these are kept per (project, version) for the life of the process: a
/// portfolio of thousands of projects parses and checks each plan once, not on every page. The calendar's due dates
/// are the shipped profile's: the funder's (reporting_terms) change any day, so PortfolioQuery applies them when counting.
/// </summary>
public sealed record PlanFacts(
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<PlannedAction> Actions,
    IReadOnlyList<(string RiskId, decimal? Score)> Risks,
    ProgrammeProfile Profile,
    DateRange? Period,
    IReadOnlyList<ProjectPeriod> Periods,
    IReadOnlyList<(string Key, FindingSeverity Severity)> Findings)
{
    public static readonly PlanFacts Unreadable = new([], [], [], ProfileCatalog.Generic, null, [], []);

    // Bounded so that a long-running server reading many versions does not grow without end; refilled on demand.
    // Keyed by the database too: one process may read two databases (the tests, a CLI pointed at another one), in
    // which project 1's version 1 are different plans.
    private const int MaxEntries = 50_000;
    private static readonly ConcurrentDictionary<(string Database, int Project, int Version), PlanFacts> Cache = new();

    /// <summary>The facts kept of a version read before by this process, or null.</summary>
    public static PlanFacts? Kept(string database, int projectId, int version) => Cache.GetValueOrDefault((database, projectId, version));

    /// <summary>Reads a version's JSON into facts and keeps them; a plan that cannot be read has none (and counts nothing).</summary>
    public static PlanFacts Remember(string database, int projectId, int version, string json)
    {
        if (Cache.Count >= MaxEntries)
        {
            Cache.Clear();
        }
        return Cache[(database, projectId, version)] = Of(PlanJson.Deserialize(json, $"project {projectId} version {version}").Plan);
    }

    public static PlanFacts Of(Plan? plan)
    {
        if (plan is null)
        {
            return Unreadable;
        }
        var profile = ProfileCatalog.For(plan);
        var report = PlanChecker.Check(plan);
        var keys = FindingKey.ForAll(report.Findings);
        return new PlanFacts(
            plan.Indicators,
            PlannedActions.Of(plan),
            plan.Risks.Select(r => (r.Id, PlanFigures.Score(r)?.Max)).ToList(),
            profile,
            plan.Project.Period,
            ReportingCalendar.For(profile, plan.Project.Period).Periods,
            report.Findings.Select((f, i) => (keys[i], f.Severity)).ToList());
    }
}
