namespace Hankevahti.Versions.Diff;

/// <summary>
/// What changed from one version of a plan to another (<see cref="PlanDiff.Compare"/>): per part of the
/// plan the items added, removed and changed (matched by id), and what the changes mean for money,
/// funding, indicator targets and schedules. Data only; <see cref="DiffText"/> and <see cref="DiffJson"/> write it.
/// </summary>
public sealed record PlanDiffResult(
    IReadOnlyList<PartDiff> Parts,
    MoneySummary Money,
    FundingChange Funding,
    IReadOnlyList<IndicatorTargetChange> IndicatorTargets,
    IReadOnlyList<ScheduleShift> ScheduleShifts)
{
    /// <summary>True when the two plans hold the same items and values (order, ids and sources aside).</summary>
    public bool IsEmpty => Parts.Count == 0;
}

/// <summary>The changes in one part of the plan ("risks", "work", "budget"…), named as in the plan JSON.</summary>
public sealed record PartDiff(string Part, IReadOnlyList<ItemRef> Added, IReadOnlyList<ItemRef> Removed, IReadOnlyList<ItemChange> Changed);

/// <summary>An item that is in only one of the two plans.</summary>
/// <param name="Kind">The kind of item as <see cref="PlanItems"/> names it ("risk", "action").</param>
/// <param name="Label">The item's code and first words, for people.</param>
/// <param name="Parent">The item it stands under (a work part for an action), or null for a top-level item.</param>
public sealed record ItemRef(string Kind, string Id, string Label, ItemParent? Parent);

/// <summary>The item an item stands under, with its label.</summary>
public sealed record ItemParent(string Id, string Label);

/// <summary>An item in both plans whose values or place changed.</summary>
/// <param name="Moved">Set when the item now stands under another parent (a work part moved under another part).</param>
/// <param name="Fields">The fields whose values differ, by their JSON names ("title", "likelihood.min").</param>
public sealed record ItemChange(string Kind, string Id, string Label, ItemMove? Moved, IReadOnlyList<FieldChange> Fields);

/// <summary>From which parent to which an item moved; null parent for the top level.</summary>
public sealed record ItemMove(ItemParent? From, ItemParent? To);

/// <summary>One field before and after as short display text; null where the field has no value.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>
/// Planned money before and after: totals, and how it moved between parts, cost categories and
/// organisations. Each dimension's decreases are paired with its increases as moves; what no pairing
/// covers (money added or taken away) is left as <see cref="Unpaired"/>.
/// </summary>
public sealed record MoneySummary(decimal TotalBefore, decimal TotalAfter, IReadOnlyList<MoneyMove> Moves, IReadOnlyList<MoneyChange> Unpaired);

/// <summary>The dimensions money is summed over.</summary>
public static class MoneyDimension
{
    public const string Part = "part";
    public const string Category = "category";
    public const string Organisation = "organisation";
}

/// <summary>
/// An amount that left one key of a dimension and came to another. A key is a part code, a cost category's
/// JSON name or an organisation as the lines write it; null for lines without one. The label is the
/// plan's own word for a part ("Osa-alue 2") or null when the key says it.
/// </summary>
public sealed record MoneyMove(string Dimension, string? From, string? To, string? FromLabel, string? ToLabel, decimal Amount);

/// <summary>
/// A key whose change was not all paired with another key's: <paramref name="Amount"/> is what is left (added
/// when positive, taken away when negative), with the key's sums before and after.
/// </summary>
public sealed record MoneyChange(string Dimension, string? Key, string? Label, decimal Before, decimal After, decimal Amount)
{
    public decimal Change => After - Before;
}

/// <summary>Funding figures before and after.</summary>
public sealed record FundingChange(FundingFigures Before, FundingFigures After)
{
    public bool Changed => Before != After;
}

/// <summary>
/// A plan's funding as <see cref="Figures.PlanFigures"/> derives it: planned total, own funding and state
/// grant shares and amounts, grant transferred to co-implementers, other income.
/// </summary>
public sealed record FundingFigures(decimal Total, decimal? OwnFundingShare, decimal? GrantShare, decimal? OwnFunding, decimal? Grant, decimal GrantTransfers, decimal OtherIncome);

/// <summary>An indicator in both plans whose targets differ; each target as display text ("2026: 150 pv").</summary>
public sealed record IndicatorTargetChange(string Id, string Name, IReadOnlyList<string> Before, IReadOnlyList<string> After);

/// <summary>
/// An action in both plans whose schedule moved: its first start and last end before and after, and by how
/// many whole months each moved (later positive, earlier negative; null when one side has no date).
/// </summary>
public sealed record ScheduleShift(string Id, string Code, string Title,
    DateOnly? StartBefore, DateOnly? EndBefore, DateOnly? StartAfter, DateOnly? EndAfter, int? StartMonths, int? EndMonths);
