using Hankevahti.Plans;

namespace Hankevahti.Versions.Merge;

/// <summary>Which side a value comes from: the new import of the document, or the version saved in the web.</summary>
public enum MergeSide { Document, Saved }

/// <summary>What kind of disagreement a conflict is.</summary>
public enum ConflictKind
{
    /// <summary>One field changed in the web and in the document to different values.</summary>
    Field,
    /// <summary>The document no longer has an item that was changed in the web.</summary>
    RemovedInDocument,
    /// <summary>An item deleted in the web was changed in the document.</summary>
    RemovedInSaved,
}

/// <summary>
/// A field (or an item) changed on both sides, to different values. <see cref="Key"/> names it for a
/// decision: the JSON path with items by id ("risks[r-k3m9qa].title", "project.caseNumber").
/// </summary>
/// <param name="Kind">The item's kind ("risk") or, outside items, the object's path ("project", "budget.funding").</param>
/// <param name="Id">The item's id; null outside items.</param>
/// <param name="Label">The item's code and title for people; "" outside items.</param>
/// <param name="Field">The field's JSON name within the item or object ("title", "period.start"); "" when the whole item is in question.</param>
/// <param name="Base">The value in the version imported before (display text; null when absent).</param>
/// <param name="Ours">The value saved in the web.</param>
/// <param name="Theirs">The value in the new import of the document.</param>
public sealed record MergeConflict(string Key, ConflictKind Type, string Kind, string? Id, string Label, string Field,
    string? Base, string? Ours, string? Theirs, MergeSide? Decision = null);

/// <summary>What happened to one field or item that differs from the base without a conflict.</summary>
public enum ChangeKind
{
    /// <summary>A field changed in the document only: the document's value is taken.</summary>
    TakenFromDocument,
    /// <summary>A field changed in the web only: the saved value stays.</summary>
    KeptFromSaved,
    /// <summary>An item the document no longer has, untouched in the web: removed.</summary>
    RemovedByDocument,
    /// <summary>An item deleted in the web, untouched in the document: stays removed.</summary>
    RemovedBySaved,
    /// <summary>An item new in the document.</summary>
    AddedByDocument,
    /// <summary>An item added in the web.</summary>
    AddedBySaved,
}

/// <summary>One change that went into the merged plan (for the summary of what comes in).</summary>
public sealed record MergeChange(ChangeKind Change, string Key, string Kind, string? Id, string Label, string Field);

/// <summary>
/// The merged plan and what went into it. While a conflict is undecided the plan holds the saved value
/// there (nothing of the web is lost by looking), and <see cref="IsResolved"/> is false: save only a
/// resolved result (<see cref="PlanMerge.Resolve"/>, <see cref="PlanMerge.TakeAll"/>).
/// </summary>
public sealed record MergeResult(Plan Plan, IReadOnlyList<MergeConflict> Conflicts, IReadOnlyList<MergeChange> Changes)
{
    internal MergeInputs Inputs { get; init; } = null!;

    /// <summary>True when every conflict has a decision (or there were none).</summary>
    public bool IsResolved => Conflicts.All(c => c.Decision is not null);

    public IEnumerable<MergeConflict> Undecided => Conflicts.Where(c => c.Decision is null);
}

/// <summary>The three plans as JSON trees, kept so that decisions can be applied by merging again.</summary>
internal sealed record MergeInputs(System.Text.Json.Nodes.JsonNode Base, System.Text.Json.Nodes.JsonNode Ours, System.Text.Json.Nodes.JsonNode Theirs,
    IReadOnlyDictionary<string, (string Kind, string Label)> Items);
