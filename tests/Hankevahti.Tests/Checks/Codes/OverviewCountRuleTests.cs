using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Codes;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Codes.MadePlans;

namespace Hankevahti.Tests.Checks.Codes;

public class OverviewCountRuleTests
{
    private static Plan Overview(string list) => With(LetterWork(), Section("1.3", "Kokonaisuus", "Toimenpiteet kohdistuvat osa-alueille seuraavasti:\n\n" + list));

    [Theory]
    // Says three, lists two; the part has three: the list is short.
    [InlineData("- Alueellinen valmistelu ja koordinointi, kolme toimenpidettä:\n  - A. Yksi asia\n  - B. Toinen asia", "kolme", "kaksi (A, B)", "kolme (A–C)")]
    // Says four, lists three (sub-items do not count); the part has three top-level actions too: the number is wrong.
    [InlineData("- Johtamisen ja ohjauksen uudistaminen, neljä toimenpidettä:\n  - D. Yksi\n  - D.1 Alakohta\n  - E. Kaksi\n  - F. Kolme", "neljä", "kolme (D–F)", "kolme (D–F)")]
    // The list's items lost their indentation (as exported text does); they still belong to the list.
    [InlineData("- Alueellinen valmistelu ja koordinointi, 5 toimenpidettä:\n  - A. Yksi\n- B. Kaksi\n- C. Kolme\n- Johtamisen ja ohjauksen uudistaminen, kolme toimenpidettä:\n  - D. Yksi\n  - E. Kaksi\n  - F. Kolme", "5", "kolme (A–C)", "kolme (A–C)")]
    public void A_count_that_disagrees_is_found(string list, string stated, string listed, string body)
    {
        var finding = Assert.Single(CheckRun.Rule<OverviewCountRule>(Overview(list)));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains($"«{stated} toimenpidettä»", finding.Message.Fi);
        Assert.Contains($"luettelossa on {listed}", finding.Message.Fi);
        Assert.Contains($"toimenpiteitä on {body}", finding.Message.Fi);
        Assert.NotNull(finding.Place.Quote);
        Assert.EndsWith("toimenpidettä:", finding.Place.Quote);
    }

    [Fact]
    public void A_list_that_agrees_with_its_count_but_not_with_the_part_is_found()
    {
        var finding = Assert.Single(CheckRun.Rule<OverviewCountRule>(Overview("- Alueellinen valmistelu ja koordinointi, kaksi toimenpidettä:\n  - A. Yksi\n  - B. Kaksi")));
        Assert.Contains("ja luettelossa on kaksi", finding.Message.Fi);
        Assert.Contains("kolme (A–C)", finding.Message.Fi);
    }

    [Theory]
    // Count, list and part agree.
    [InlineData("- Alueellinen valmistelu ja koordinointi, kolme toimenpidettä:\n  - A. Yksi\n  - B. Kaksi\n  - C. Kolme")]
    // Uncoded items: the outer ones count, nested ones do not; no part matches the subject.
    [InlineData("Hankkeella on kaksi tavoitetta:\n- Ensimmäinen\n  - tarkennus\n- Toinen")]
    // Uncoded items more than stated: nested bullets may have lost their indentation in export.
    [InlineData("Hankkeella on kaksi tavoitetta:\n- Ensimmäinen\n- tarkennus siihen\n- Toinen")]
    // A count in running text without a list after it is not a list.
    [InlineData("Osa-alueella on viisi toimenpidettä, jotka kuvataan luvussa 3.")]
    // A header followed by prose, not a list.
    [InlineData("Toimenpiteitä on kolme toimenpidettä:\n\nNe kuvataan alla.")]
    public void Counts_that_agree_are_not_found(string text)
    {
        var findings = CheckRun.Rule<OverviewCountRule>(Overview(text));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Fact]
    public void An_uncoded_list_shorter_than_stated_is_found()
    {
        var finding = Assert.Single(CheckRun.Rule<OverviewCountRule>(Overview("Hankkeella on kolme tavoitetta:\n- Ensimmäinen\n- Toinen")));
        Assert.Contains("«kolme tavoitetta», mutta luettelossa on kaksi.", finding.Message.Fi);
    }

    [Fact]
    public void Every_number_word_is_read()
    {
        foreach (var word in FinnishNumbers.AllWords)
        {
            var n = FinnishNumbers.Parse(word);
            var list = CountedLists.In($"Jotain, {word} toimenpidettä:\n- Yksi").Single();
            Assert.Equal(n, list.Stated);
        }
    }
}
