using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Money;

/// <summary>
/// Figures stated in budget prose: "Hankkeen kokonaiskustannukset ovat 2,02M€, josta valtionavustus 80 %",
/// "osa-alueen kokonaisbudjetti on 500 000 €, josta omarahoitusta 100 000 €". Each clause (split at
/// ", josta" and sentence ends) is read on its own so that an amount is tied to the word next to it.
/// The paragraph is not claimed: a sentence says more than its figures, so it stays in the section text.
/// </summary>
public static partial class BudgetProse
{
    /// <summary>
    /// Reads the figures of a paragraph. Outside budget sections (<paramref name="requireTotal"/>) a paragraph
    /// counts only when it states a total ("Työpaketin 1.1 kustannusarvio on 900 000 €"), so that a share
    /// mentioned in passing elsewhere is not taken for the plan's funding.
    /// </summary>
    public static void Read(ImportContext context, SourceRef source, string text, BudgetPlace place, bool requireTotal = false)
    {
        var cell = CleanText.Cell(text);
        // A total is an amount in euros, which has digits: outside budget sections this runs on every
        // paragraph of the plan, and most have none.
        if (requireTotal && !cell.Any(char.IsDigit))
        {
            return;
        }
        var clauses = Clauses(cell).ToList();
        if (requireTotal && !clauses.Any(c => Figures(c).Any(f => f.Kind == StatedFigureKind.Total)))
        {
            return;
        }
        foreach (var clause in clauses)
        {
            ReadClause(context, source, clause, place);
        }
    }

    /// <summary>The part a clause names ("osa-alueen 2", "Työpaketin 1.4A"), or null.</summary>
    public static string? PartNamed(string clause)
    {
        var m = PartWord().Match(clause);
        return m.Success ? m.Groups["code"].Value.ToUpperInvariant() : null;
    }

    /// <summary>The figures of one clause, for tests and for <see cref="Read"/>.</summary>
    public static IReadOnlyList<(StatedFigureKind Kind, decimal Value, string Text)> Figures(string clause)
    {
        var t = clause.ToLowerInvariant();
        var result = new List<(StatedFigureKind, decimal, string)>();
        if (FundingWords.NamesOwnFunding(t) && FundingWords.NamesGrant(t))
        {
            return BothFundingWords(clause);
        }
        var own = FundingWords.NamesOwnFunding(t);
        var grant = !own && FundingWords.NamesGrant(t);
        var total = !own && !grant && TotalWord().IsMatch(t) && !t.Contains("osuus", StringComparison.Ordinal);
        if (!own && !grant && !total)
        {
            return result;
        }
        if (Amounts.FindEuros(clause) is [var amount, ..])
        {
            result.Add((own ? StatedFigureKind.OwnFunding : grant ? StatedFigureKind.Grant : StatedFigureKind.Total, amount.Amount.Value, amount.Amount.Text));
        }
        if (own || grant)
        {
            if (Amounts.FindPercents(clause) is [var percent, ..] && percent.Amount.Value / 100m is > 0 and <= 1 and var share)
            {
                result.Add((own ? StatedFigureKind.OwnFundingShare : StatedFigureKind.GrantShare, share, percent.Amount.Text));
            }
        }
        return result;
    }

    /// <summary>
    /// "Valtionavustus on 160 000 € ja omarahoitus 40 000 €": each funding word takes the amount and share
    /// that follow it up to the next funding word, or when none follows, the nearest before it.
    /// </summary>
    private static List<(StatedFigureKind, decimal, string)> BothFundingWords(string clause)
    {
        var words = FundingWords.InProse(clause).Select(w => (w.Index, w.Length, Own: w.Kind == FundingKind.OwnFunding)).ToList();
        var result = new List<(StatedFigureKind, decimal, string)>();
        for (var i = 0; i < words.Count; i++)
        {
            var start = words[i].Index + words[i].Length;
            var end = i + 1 < words.Count ? words[i + 1].Index : clause.Length;
            var before = i > 0 ? words[i - 1].Index + words[i - 1].Length : 0;
            var after = clause[start..end];
            var amount = Amounts.FindEuros(after).Select(a => (AmountMatch?)a).FirstOrDefault();
            if (amount is null && i + 1 == words.Count)
            {
                // Nearest before the word: the last amount between the previous funding word and this one.
                amount = Amounts.FindEuros(clause[before..words[i].Index]).Select(a => (AmountMatch?)a).LastOrDefault();
            }
            if (amount is { } found)
            {
                result.Add((words[i].Own ? StatedFigureKind.OwnFunding : StatedFigureKind.Grant, found.Amount.Value, found.Amount.Text));
            }
            if (Amounts.FindPercents(after) is [var percent, ..] && percent.Amount.Value / 100m is > 0 and <= 1 and var share)
            {
                result.Add((words[i].Own ? StatedFigureKind.OwnFundingShare : StatedFigureKind.GrantShare, share, percent.Amount.Text));
            }
        }
        return result;
    }

    public static IEnumerable<string> Clauses(string text) =>
        ClauseBreak().Split(text).Select(c => c.Trim()).Where(c => c.Length > 0);

    private static void ReadClause(ImportContext context, SourceRef source, string clause, BudgetPlace place)
    {
        var part = PartNamed(clause);
        if (part is not null && place.PartCode is not null && part != place.PartCode
            && (WorkLookup.FindPart(context.Plan, part) is null || IsShortFormOf(context.Plan, part, place.PartCode)))
        {
            // The section's heading is the better witness when the sentence names a part the plan does not have,
            // or a short form of the heading's own code ("Työpaketin 1" written under work package 4.1, while
            // the plan's "1" is another investment).
            context.Info(ImportNoteCodes.BudgetPartFromHeading, $"{context.File}: a sentence names part {part} under the heading of part {place.PartCode}; the figure was given to {place.PartCode}.", source);
            part = place.PartCode;
        }
        var clausePlace = part is null ? place : place with { PartCode = part };
        foreach (var (kind, value, text) in Figures(clause))
        {
            if (kind is StatedFigureKind.OwnFundingShare or StatedFigureKind.GrantShare)
            {
                BudgetFunding.AddShare(context, kind == StatedFigureKind.OwnFundingShare, value, text, clausePlace, source);
                continue;
            }
            context.Plan.Budget.StatedFigures.Add(new StatedFigure
            {
                // A total for one part (its section or the clause names it) is that part's total.
                Kind = kind == StatedFigureKind.Total && clausePlace.PartCode is not null ? StatedFigureKind.PartTotal : kind,
                Scope = clausePlace.Scope(),
                Value = value,
                Text = text,
                Source = source,
            });
        }
    }

    /// <summary>
    /// Whether <paramref name="named"/> is the last segment of <paramref name="heading"/>'s code ("1" of "4.1")
    /// and not a part above the heading's part: "Osa-alueen 1" under work package 1.1 is about the part above.
    /// </summary>
    private static bool IsShortFormOf(Plan plan, string named, string heading)
    {
        if (!heading.EndsWith("." + named, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return !WorkLookup.AncestorsOf(plan.Work, heading).Any(a => string.Equals(a.Code, named, StringComparison.OrdinalIgnoreCase));
    }

    // A sentence end is a full stop before a space and a capital; "1.0" and "mm." inside a sentence are not.
    [GeneratedRegex(@"(?<!\b(mm|esim|ns|ks|vrt|n))\.\s+(?=[A-ZÅÄÖ])|,\s*(?=josta\b|joista\b|mistä\b|jonka\b)|;\s*")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"\b(osa-alueen|työpaketin|tp)\s*(?<code>\d{1,2}(\.\d{1,2})?[A-Za-z]?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartWord();

    // Nominative forms only: "kokonaiskustannuksista on 686 400 €" is a share of the total, not the total.
    [GeneratedRegex(@"\bkokonais(kustannukset|budjetti|kulut|kustannusarvio)\b|\bkustannusarvio\b|\bbudjetti on\b|\bkustannukset ovat\b")]
    private static partial Regex TotalWord();
}
