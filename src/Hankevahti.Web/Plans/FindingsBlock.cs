using Hankevahti.Checks;

namespace Hankevahti.Web.Plans;

/// <summary>
/// The model of _Findings.cshtml: findings to list, and whether each links to its place on the part pages.
/// With <paramref name="Loaded"/> a dismissed finding shows as dismissed, with its reason; with
/// <paramref name="Forms"/> too (the findings page) each has its form to dismiss or restore it.
/// </summary>
public sealed record FindingsBlock(int ProjectId, IReadOnlyList<Finding> Findings, bool LinkToPlace, string? Heading = null,
    LoadedPlan? Loaded = null, DismissForms? Forms = null);

/// <summary>
/// What the dismiss and restore forms of the findings page need: the query they keep (the severity
/// filter, "&amp;severity=error" or empty), and the dismissal just posted with its error when it was refused.
/// </summary>
public sealed record DismissForms(string Query, string? PostedKey = null, string? PostedReason = null, string? Error = null);
