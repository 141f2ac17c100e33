using Hankevahti.Checks;

namespace Hankevahti.Web.Plans;

/// <summary>The model of _Findings.cshtml: findings to list, and whether each links to its place on the part pages.</summary>
public sealed record FindingsBlock(int ProjectId, IReadOnlyList<Finding> Findings, bool LinkToPlace, string? Heading = null);
