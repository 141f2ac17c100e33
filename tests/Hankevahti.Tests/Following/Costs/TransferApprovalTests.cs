using Hankevahti.Checks.Profiles;
using Hankevahti.Following.Costs;

namespace Hankevahti.Tests.Following.Costs;

/// <summary>When a budget transfer needs the funder's approval.</summary>
public class TransferApprovalTests
{
    public static TheoryData<string, TransferRules?, decimal, decimal, bool, TransferApprovalReason> Cases() => new()
    {
        // No rules in the profile: the funder decides every transfer, however small.
        { "no rules", null, 1m, 100_000m, true, TransferApprovalReason.NoThreshold },
        // Rules present but empty are no threshold either.
        { "empty rules", new TransferRules(), 1m, 100_000m, true, TransferApprovalReason.NoThreshold },
        // Exactly at the share is not over it.
        { "at the share", new TransferRules { ApprovalShare = 0.1m }, 10_000m, 100_000m, false, TransferApprovalReason.UnderThreshold },
        // A cent over the share needs approval.
        { "a cent over the share", new TransferRules { ApprovalShare = 0.1m }, 10_000.01m, 100_000m, true, TransferApprovalReason.OverShare },
        // A share of nothing: a source without budget cannot give under a share.
        { "no source budget", new TransferRules { ApprovalShare = 0.1m }, 1m, 0m, true, TransferApprovalReason.NoSourceBudget },
        // Euros only: the source's size does not matter.
        { "under the euros", new TransferRules { ApprovalAmount = 5_000m }, 5_000m, 1m, false, TransferApprovalReason.UnderThreshold },
        { "over the euros", new TransferRules { ApprovalAmount = 5_000m }, 5_000.5m, 1_000_000m, true, TransferApprovalReason.OverAmount },
        // Both: over either one is enough.
        { "both, under the share but over the euros", new TransferRules { ApprovalShare = 0.2m, ApprovalAmount = 5_000m }, 6_000m, 100_000m, true, TransferApprovalReason.OverAmount },
        { "both, under the euros but over the share", new TransferRules { ApprovalShare = 0.2m, ApprovalAmount = 50_000m }, 30_000m, 100_000m, true, TransferApprovalReason.OverShare },
        { "both, under both", new TransferRules { ApprovalShare = 0.2m, ApprovalAmount = 50_000m }, 20_000m, 100_000m, false, TransferApprovalReason.UnderThreshold },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Over_the_threshold_or_without_one_the_funder_decides(string why, TransferRules? rules, decimal amount, decimal source,
        bool needs, TransferApprovalReason reason)
    {
        var decision = TransferApproval.Decide(rules, amount, source);

        Assert.True((needs, reason) == (decision.NeedsApproval, decision.Reason), $"{why}: {decision}");
    }

    [Fact]
    public void No_shipped_profile_sets_a_threshold_without_a_source()
    {
        // A threshold must come from the funder's terms; none is known, so none ships (docs/following.md).
        Assert.All(ProfileCatalog.All, p => Assert.True(p.Transfers is null || !string.IsNullOrWhiteSpace(p.Transfers.Source), p.Key));
    }
}
