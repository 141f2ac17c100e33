using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Document;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Codes.MadePlans;

namespace Hankevahti.Tests.Checks.Document;

public class WrongAnnexReferenceRuleTests
{
    private static Plan PlanWith(string partTwoCosts, string annexTitle = "Talousarvio osa-alue") => With([],
        Section("2", "Osa-alue 1 – Valmistelu", "", Section("2.5", "Kustannukset", "Liitteenä 1 on talousarvio.")),
        Section("3", "Osa-alue 2 – Johtaminen", "", Section("3.5", "Kustannukset", partTwoCosts)),
        new Section { Number = "Liite 1", Title = $"Liite 1: {annexTitle} 1" },
        new Section { Number = "Liite 2", Title = $"Liite 2. {annexTitle} 2" });

    [Fact]
    public void A_part_pointing_to_another_parts_annex_is_found()
    {
        var finding = Assert.Single(CheckRun.Rule<WrongAnnexReferenceRule>(PlanWith("Liitteenä 1 on päivitetty talousarvio.")));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("3.5", finding.Place.SectionNumber);
        Assert.Equal("Liitteenä 1", finding.Place.Quote);
        Assert.Contains("liite 2", finding.Message.Fi);
    }

    [Theory]
    // The part's own annex.
    [InlineData("Liitteenä 2 on päivitetty talousarvio.", "Talousarvio osa-alue")]
    // Annex titles that name no part give nothing to compare.
    [InlineData("Liitteenä 1 on päivitetty talousarvio.", "Talousarvio numero")]
    public void References_to_the_own_annex_or_unnamed_annexes_are_not_found(string text, string annexTitle)
    {
        var findings = CheckRun.Rule<WrongAnnexReferenceRule>(PlanWith(text, annexTitle));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }
}
