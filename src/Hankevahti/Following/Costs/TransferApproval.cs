using Hankevahti.Checks.Profiles;

namespace Hankevahti.Following.Costs;

/// <summary>Whether a transfer needs the funder's approval, and why, in words the page and the audit log can show.</summary>
public sealed record TransferDecision(bool NeedsApproval, TransferApprovalReason Reason, decimal? Threshold);

public enum TransferApprovalReason
{
    /// <summary>The programme's profile sets no threshold: the funder decides every transfer.</summary>
    NoThreshold,
    /// <summary>Over the share of the source's approved budget the profile allows.</summary>
    OverShare,
    /// <summary>Over the euros the profile allows.</summary>
    OverAmount,
    /// <summary>The source has no approved budget to take a share of.</summary>
    NoSourceBudget,
    /// <summary>At or under the threshold: approved when it is recorded.</summary>
    UnderThreshold,
}

/// <summary>
/// The rule for when a budget transfer needs the funder's approval: over the profile's share of the source's approved
/// budget or over its euro amount; at the threshold or under it the transfer is approved when recorded. Without a
/// threshold in the profile every transfer needs approval.
/// </summary>
public static class TransferApproval
{
    public static TransferDecision Decide(TransferRules? rules, decimal amount, decimal sourceBudget)
    {
        if (rules is null || (rules.ApprovalShare is null && rules.ApprovalAmount is null))
        {
            return new(true, TransferApprovalReason.NoThreshold, null);
        }
        if (rules.ApprovalAmount is { } euros && amount > euros)
        {
            return new(true, TransferApprovalReason.OverAmount, euros);
        }
        if (rules.ApprovalShare is { } share)
        {
            if (sourceBudget <= 0m)
            {
                return new(true, TransferApprovalReason.NoSourceBudget, 0m);
            }
            var limit = Math.Round(sourceBudget * share, 2, MidpointRounding.ToZero);
            if (amount > limit)
            {
                return new(true, TransferApprovalReason.OverShare, limit);
            }
            return new(false, TransferApprovalReason.UnderThreshold, rules.ApprovalAmount is { } a ? Math.Min(a, limit) : limit);
        }
        return new(false, TransferApprovalReason.UnderThreshold, rules.ApprovalAmount);
    }
}
