namespace Hankevahti.Checks.Profiles;

/// <summary>
/// When a budget transfer (budjettisiirto) needs the funder's approval. A transfer over either threshold does;
/// one at or under both is approved when it is recorded. A profile without these rules has no threshold: then
/// every transfer needs approval, because the funder decides and we know of no rule that says otherwise
/// (docs/following.md, "Costs against the plan"; no shipped profile cites a source for a threshold).
/// </summary>
public sealed record TransferRules
{
    /// <summary>Share of the source's approved budget (0.1 for 10 %) a transfer may move without approval.</summary>
    public decimal? ApprovalShare { get; init; }
    /// <summary>Euros a transfer may move without approval.</summary>
    public decimal? ApprovalAmount { get; init; }
    /// <summary>Where the threshold comes from, so that a user can check it against the funding decision's terms.</summary>
    public string? Source { get; init; }
}
