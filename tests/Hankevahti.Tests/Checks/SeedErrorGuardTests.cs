using Hankevahti.Checks;
using Hankevahti.Import;
using Hankevahti.Tests.Metamorphic;
using Hankevahti.Tests.Checks.Support;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Checks;

/// <summary>
/// A false error is worse than none: every error-level finding on the real plans is listed here, by code and
/// source line, with why it is true (each was checked against the plan's text, and the rule's own seed tests
/// assert its figures). Any new error on a seed fails until someone has shown it true and added it, and any
/// listed error that goes away fails until it is removed — so a change to import or checks cannot quietly
/// turn a true error into a false one or a missing one.
/// </summary>
public class SeedErrorGuardTests
{
    public static TheoryData<string, string[]> Cases() => new()
    {
        // The Good Work plan has no budget, no codes and no figures that disagree: no error is true of it.
        { Seeds.HyvanTyon, [] },
        { Seeds.Rakenneuudistus, [
            // Section 1.3 says "five actions" for part 1 and lists four, while part 1 itself has five.
            "HV-CODE-005@159",
            // Section 1.3's list gives part 2's actions the letters E–H; section 3.2 gives them F–I.
            "HV-CODE-004@166",
            // Section 1.3 says "five actions" for part 3, lists four, and part 3 has four.
            "HV-CODE-005@175",
            // Section 1.3's list letters part 3's actions I–L; section 4.2 letters them J–M.
            "HV-CODE-004@176",
            // Section 1.3's list letters part 4's action M; section 5 letters it O.
            "HV-CODE-004@181",
            // Section 4.6 splits 1 900 000 € into amounts that add up to 1 600 000 €.
            "HV-COST-001@977",
            // Section 4.6 (part 3) refers to annex 2, whose own title says it is part 2's budget.
            "HV-DOC-004@986",
            // Annex 1's total row: the cost categories of the 2021 forecast and of the total column do not add up to it.
            "HV-BUDGET-002@1067", "HV-BUDGET-002@1067",
            // Annex 3: rows whose total column is not their actual 2020 plus forecast 2021.
            "HV-BUDGET-003@1095", "HV-BUDGET-003@1096", "HV-BUDGET-003@1098", "HV-BUDGET-003@1099", "HV-BUDGET-003@1103",
            // Annex 3: the purchased services group row is 10 000 € less than its rows, in the forecast and total columns.
            "HV-BUDGET-001@1098", "HV-BUDGET-001@1098",
            // Annex 3's total row: the cost categories add up to other sums than stated (forecast and total column).
            "HV-BUDGET-002@1110", "HV-BUDGET-002@1110",
        ] },
        { Seeds.Rrf, [
            // Pillar 3 is costed at 800 000 € in the cost table, but its section 4.1 is empty.
            "HV-COST-004@216",
            // Work packages 3.2, 4.1, 4.2 and 4.3 state cost estimates that differ from their rows in the cost table.
            "HV-COST-002@2576", "HV-COST-002@2716", "HV-COST-002@2813", "HV-COST-002@2918",
            // The cost table gives investment 2 of pillar 4 800 000 €; its two work packages' estimates add up to 1 300 000 €.
            "HV-COST-002@3493",
        ] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_error_on_a_real_plan_is_one_shown_true(string seed, string[] expected)
    {
        var errors = CheckRun.Seed(seed).Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
        var actual = errors.Select(f => $"{f.Code}@{f.Place.Source?.Line}").Order(StringComparer.Ordinal).ToList();

        Assert.True(actual.SequenceEqual(expected.Order(StringComparer.Ordinal)),
            $"{seed}: the errors differ from the list of errors shown true.\n"
            + $"New (show each true, or fix the import or the rule): {string.Join(", ", actual.Except(expected))}\n"
            + $"Gone: {string.Join(", ", expected.Except(actual))}\n" + CheckRun.Describe(errors));
    }

    public static TheoryData<string, string> Variants() => FormatVariantTests.Cases();

    /// <summary>
    /// The same plan in another format must not give an error the original does not: a PDF's table fragments
    /// or a converter's wrapped lines are uncertain readings, and an error resting on them would be false.
    /// Compared by code, because lines differ between formats: no code may have more errors than in the original.
    /// </summary>
    [Theory]
    [MemberData(nameof(Variants))]
    public void Another_format_gives_no_error_the_original_does_not(string seed, string variant)
    {
        var original = CheckRun.Seed(seed).Findings.Where(f => f.Severity == FindingSeverity.Error).CountBy(f => f.Code).ToDictionary();
        var file = FormatVariants.File(seed, variant);
        var result = PlanImporter.ImportFile(file);
        Assert.True(result.Succeeded, $"{file}: {result.Error}");
        var errors = PlanChecker.Check(result.Plan!).Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();

        var extra = errors.CountBy(f => f.Code).Where(c => c.Value > original.GetValueOrDefault(c.Key)).Select(c => c.Key).ToHashSet();

        Assert.True(extra.Count == 0, $"{seed} as {variant}: errors the original does not have:\n" + CheckRun.Describe(errors.Where(e => extra.Contains(e.Code))));
    }
}
