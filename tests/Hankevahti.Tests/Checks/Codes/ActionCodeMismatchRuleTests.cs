using Hankevahti.Checks;
using Hankevahti.Checks.Rules.Codes;
using Hankevahti.Plans;
using Hankevahti.Tests.Checks.Support;
using static Hankevahti.Tests.Checks.Codes.MadePlans;

namespace Hankevahti.Tests.Checks.Codes;

public class ActionCodeMismatchRuleTests
{
    private static Plan Overview(string list) => With(LetterWork(), Section("1.3", "Kokonaisuus", "Toimenpiteet osa-alueittain:\n\n" + list));

    [Fact]
    public void An_overview_that_letters_a_part_differently_gives_one_finding_listing_the_pairs()
    {
        // The overview lost one letter before part 2, so every action of part 2 is one letter behind.
        var plan = Overview("""
            - Johtamisen ja ohjauksen uudistaminen:
              - C. Ohjausmallin valmistelu ja koekäyttö
              - C.1 Johtamismallin luonnos
              - D. Tiedolla johtamisen vahvistaminen alueella
              - E. Houkuttelevan työpaikan kehittämisohjelma
            """);
        var finding = Assert.Single(CheckRun.Rule<ActionCodeMismatchRule>(plan));
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("C → D", finding.Message.Fi);
        // A sub-item too short to match alone follows its parent.
        Assert.Contains("C.1 → D.1", finding.Message.Fi);
        Assert.Contains("D → E", finding.Message.Fi);
        Assert.Contains("E → F", finding.Message.Fi);
        Assert.Equal("C. Ohjausmallin valmistelu ja koekäyttö", finding.Place.Quote);
        Assert.Equal("sections[0].text", finding.Place.Path);
    }

    [Fact]
    public void Mismatches_of_two_parts_give_a_finding_each()
    {
        var plan = Overview("""
            - B. Hallinnon ja koordinoinnin järjestäminen alussa
            - G. Tiedolla johtamisen vahvistaminen alueella
            """);
        var findings = CheckRun.Rule<ActionCodeMismatchRule>(plan);
        Assert.Equal(2, findings.Count);
    }

    [Theory]
    // The same codes as the structure, with a typo and a remark in brackets.
    [InlineData("- E. Tiedolla johtamisen vahvistaminen alueella (sis. raportointi)\n- A Hallinnon ja koordinoinnin järjestämínen alussa")]
    // A closing dot on the code and bold markers do not make another code.
    [InlineData("- **E.** Tiedolla johtamisen vahvistaminen alueella")]
    // Titles shorter than three words are too common to tie to one action.
    [InlineData("- Q. Johtamismallin luonnos")]
    // A numbered list's counter ("1.") before a lettered action is Word's numbering, not a code.
    [InlineData("1. Tiedolla johtamisen vahvistaminen alueella")]
    // A title that matches no action is some other list.
    [InlineData("- K. Aivan muu asia kuin toimenpiteet")]
    public void Lists_that_agree_with_the_structure_are_not_found(string list)
    {
        var findings = CheckRun.Rule<ActionCodeMismatchRule>(Overview(list));
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }

    [Fact]
    public void Parallel_work_packages_with_near_identical_titles_are_not_mixed_up()
    {
        // 2.2's title in a schedule differs by a word from the structure's 2.2, and equals 1.2's title:
        // it is 2.2 worded differently, not 1.2 under another code.
        var work = new List<WorkPart>
        {
            Part("1", "Ensimmäinen paketti", Action("1.2", "Yhteisten sisältöjen kehittäminen ja verkostotyö")),
            Part("2", "Toinen paketti", Action("2.2", "Yhteisten sisältöjen tunnistaminen ja verkostotyö")),
        };
        var plan = With(work, Section("4.1", "Aikataulu", "2.2 Yhteisten sisältöjen kehittäminen ja verkostotyö"));
        var findings = CheckRun.Rule<ActionCodeMismatchRule>(plan);
        Assert.True(findings.Count == 0, CheckRun.Describe(findings));
    }
}
