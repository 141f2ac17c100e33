using Hankevahti.Checks.Rules.Schedules;
using Hankevahti.Tests.Checks.Support;

namespace Hankevahti.Tests.Checks.Schedules;

/// <summary>How schedule findings list actions: runs of codes as ranges, a few actions with their titles.</summary>
public class ActionListTests
{
    [Theory]
    // Numbered actions in a row fit in one range.
    [InlineData("1.1.1 1.1.2 1.1.3 1.1.4", "(1.1.1–1.1.4)")]
    // Letters in a row likewise.
    [InlineData("A B C D E", "(A–E)")]
    // A gap breaks the run; two in a row stay a pair.
    [InlineData("2.1 2.2 2.4 2.5 2.6", "(2.1, 2.2, 2.4–2.6)")]
    // Sub-actions are their own run under the main action's letter.
    [InlineData("F F.1 F.2 G", "(F, F.1, F.2, G)")]
    // Up to three actions are named with their titles.
    [InlineData("1.1 1.2", "(1.1 \"Toimenpide 1.1\", 1.2 \"Toimenpide 1.2\")")]
    public void ListsActionCodes(string codes, string expected)
    {
        var plan = SchedulePlans.With(codes.Split(' ').Select(c => SchedulePlans.Action(c)), "Aikataulu:\n\nKustannukset.");
        var finding = Assert.Single(CheckRun.Rule<ActionsWithoutScheduleRule>(plan));
        Assert.Contains(expected, finding.Message.Fi, StringComparison.Ordinal);
    }
}
