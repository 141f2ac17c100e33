using System.Text.RegularExpressions;

namespace Hankevahti.Checks.Rules.Template;

/// <summary>
/// HV-TEMPLATE-003: a heading or field that still reads as the template's label ("Hankkeen nimi",
/// "Organisaation nimi"). Only a whole text that is such a label counts, so prose that mentions
/// "hankkeen nimi" in passing is left alone.
/// </summary>
public sealed partial class TemplateHeaderRule : Rule
{
    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "Hankesuunnitelman nimi", "Hankkeen nimi", "Hankkeen lyhenne", "Hankkeen lyhytnimi", "Hankkeen nimi ja lyhenne",
        "Organisaation nimi", "Hakijaorganisaation nimi", "Hakijan nimi", "Hallinnoijan nimi", "Osatoteuttajan nimi",
        "Hyvinvointialueen nimi", "Etunimi Sukunimi", "Sukunimi Etunimi", "Vastuuhenkilön nimi", "Yhteyshenkilön nimi",
        "Projektipäällikön nimi", "Otsikko", "Alaotsikko", "Otsikko 1", "Otsikko 2", "Otsikko 3", "Asiakirjan nimi",
        "Kirjoita tähän", "Kirjoita teksti tähän", "Kirjoita tekstiä tähän", "Lisää teksti tähän", "Teksti tähän",
    };

    public override string Code => "HV-TEMPLATE-003";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Pohjan otsikko tai nimi jäänyt täyttämättä", "Template label left unfilled");
    public override Localized Explanation => new(
        "Pohjan kentät, kuten \"Hankesuunnitelman nimi\" tai \"Organisaation nimi\", korvataan hankkeen omilla tiedoilla. Jos otsikossa tai kentässä lukee yhä pohjan teksti, tieto puuttuu.",
        "The template's fields such as \"Hankesuunnitelman nimi\" (plan name) or \"Organisaation nimi\" (organisation) are replaced with the project's own details. A heading or field that still reads as the template's label leaves the detail missing.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        foreach (var text in PlanTexts.Of(context))
        {
            var lines = text.Kind == PlanTextKind.SectionText
                ? text.Text.Split('\n').Where(l => !string.IsNullOrWhiteSpace(l)).ToArray()
                : [text.Text];
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                var label = Label(line);
                if (label is null || text.Kind == PlanTextKind.SectionText && IsFormLabel(line, lines, i))
                {
                    continue;
                }
                var where = text.Kind switch
                {
                    PlanTextKind.SectionTitle => new Localized("Otsikkona", "The heading reads"),
                    _ when text.Path == "project.name" => new Localized("Hankkeen nimenä", "The project's name reads"),
                    _ => new Localized("Tekstissä", "The text reads"),
                };
                yield return Found(
                    text.Place(context, line.Trim()),
                    new($"{where.Fi} on yhä pohjan teksti \"{label}\".", $"{where.En} the template's \"{label}\"."),
                    new("Kirjoita pohjan tekstin tilalle hankkeen oma tieto.", "Replace the template's text with the project's own detail."));
            }
        }
    }

    /// <summary>
    /// In a form ("Hankkeen nimi:" and the name on the next line) the label is followed by its value;
    /// a template's label stands in place of the value, followed by nothing, another label or a placeholder.
    /// </summary>
    private static bool IsFormLabel(string line, string[] lines, int at)
    {
        if (line.TrimEnd().EndsWith(':'))
        {
            return true;
        }
        var next = at + 1 < lines.Length ? lines[at + 1] : null;
        return next is not null && Label(next) is null && !Placeholders.In(next).Any();
    }

    /// <summary>The template label a line consists of, without list marks, brackets or a closing colon; null when it is not one.</summary>
    public static string? Label(string line)
    {
        if (line.Length > 60)
        {
            return null;
        }
        var bare = Decoration().Replace(line.Trim(), "").Trim();
        return bare.Length > 0 && Labels.Contains(bare) ? bare : null;
    }

    [GeneratedRegex(@"^[-•*\[<(\s]+|[\]>):.\s]+$")]
    private static partial Regex Decoration();
}
