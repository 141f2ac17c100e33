using Hankevahti.Import.Money;
using Hankevahti.Import.Goals;
using Hankevahti.Import.Organisations;
using Hankevahti.Import.Overview;
using Hankevahti.Import.Risks;
using Hankevahti.Import.Work;

namespace Hankevahti.Import;

/// <summary>
/// The recognisers in the order they run. Work structure comes first because schedules, goals,
/// indicators and budget lines refer to its codes.
/// </summary>
public static class Recognisers
{
    public static IReadOnlyList<IRecogniser> Default { get; } =
    [
        new ProjectRecogniser(),
        new VersionRecogniser(),
        new WorkRecogniser(),
        new ScheduleRecogniser(),
        new TargetGroupRecogniser(),
        new GoalRecogniser(),
        new IndicatorRecogniser(),
        new OutcomeRecogniser(),
        new OrganisationRecogniser(),
        new GovernanceRecogniser(),
        new ResourceRecogniser(),
        new BudgetRecogniser(),
        new CommunicationRecogniser(),
        new RiskRecogniser(),
    ];
}
