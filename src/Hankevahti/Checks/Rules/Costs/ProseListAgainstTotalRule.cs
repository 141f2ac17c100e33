namespace Hankevahti.Checks.Rules.Costs;

/// <summary>
/// HV-COST-001: a list of amounts that splits a total stated just before it ("Kokonaisbudjetti jakautuu
/// seuraavasti …:" followed by items "… 300 000 €") does not add up to that total; or a sentence's parts
/// ("… 686 400 €, joista … 475 200 € ja … 211 200 €") add up to more than the amount they are part of.
/// </summary>
public sealed class ProseListAgainstTotalRule : Rule
{
    private const int ListedAmounts = 8;

    public override string Code => "HV-COST-001";
    public override FindingSeverity Severity => FindingSeverity.Error;

    public override Localized Title => new(
        "Tekstin summaluettelo ei täsmää ilmoitettuun kokonaissummaan",
        "Amounts listed in the text do not add up to the stated total");

    public override Localized Explanation => new(
        "Kun teksti kertoo kokonaissumman ja jakaa sen luettelona (”jakautuu seuraavasti:”), luettelon summien pitää olla yhteensä kokonaissumma; summan osuudet (”joista …”) eivät voi olla yhteensä summaa enemmän.",
        "When the text states a total and splits it in a list (“is divided as follows:”), the listed amounts must add up to the total; the parts of an amount (“of which …”) cannot add up to more than it.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var section in context.Sections)
        {
            foreach (var list in ProseAmounts.Lists(section.Section.Text))
            {
                if (list.Totals.Any(t => CostComparison.Agrees(t.Value, list.Sum)))
                {
                    continue;
                }
                var total = list.Totals[0];
                var shown = list.Items.Take(ListedAmounts).Select(i => i.Amount.Value).ToList();
                var more = list.Items.Count > ListedAmounts ? " + …" : "";
                var fi = string.Join(" + ", shown.Select(Say.EurosFi)) + more;
                var en = string.Join(" + ", shown.Select(v => Say.Euros(v).En)) + more;
                var difference = Say.Euros(Math.Abs(total.Value - list.Sum));
                yield return Found(
                    context.PlaceInText(section, total.Text),
                    new($"Luettelon summat {fi} = {Say.EurosFi(list.Sum)}, mutta jaettavaksi ilmoitettu summa on {Say.EurosFi(total.Value)} (ero {difference.Fi}).",
                        $"The listed amounts {en} add up to {Say.Euros(list.Sum).En}, but the total they split is stated as {Say.Euros(total.Value).En} (a difference of {difference.En})."),
                    new("Korjaa luettelon summat tai ilmoitettu kokonaissumma niin, että ne täsmäävät.",
                        "Correct the listed amounts or the stated total so that they agree."));
            }
            foreach (var split in ProseAmounts.Shares(section.Section.Text))
            {
                var whole = split.Totals[0];
                if (split.Sum <= whole.Value || CostComparison.Agrees(split.Sum, whole.Value))
                {
                    continue;
                }
                var fi = string.Join(" + ", split.Items.Select(i => Say.EurosFi(i.Amount.Value)));
                var en = string.Join(" + ", split.Items.Select(i => Say.Euros(i.Amount.Value).En));
                yield return Found(
                    context.PlaceInText(section, whole.Text),
                    new($"Osuudet {fi} = {Say.EurosFi(split.Sum)} ovat enemmän kuin summa {Say.EurosFi(whole.Value)}, josta ne ilmoitetaan.",
                        $"The shares {en} add up to {Say.Euros(split.Sum).En}, more than the {Say.Euros(whole.Value).En} they are stated to be part of."),
                    new("Korjaa osuudet tai summa niin, että osuudet mahtuvat summaan.",
                        "Correct the shares or the amount so that the shares fit within it."));
            }
        }
    }
}
