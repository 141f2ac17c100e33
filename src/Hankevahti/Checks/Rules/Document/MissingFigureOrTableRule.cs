using Hankevahti.Checks.Rules.Codes;

namespace Hankevahti.Checks.Rules.Document;

/// <summary>
/// HV-DOC-001: text that refers to a figure, table or annex by a number the plan does not have
/// ("kuvassa 3" when the figures are numbered 1 and 2). Conservative: a kind is judged only when the
/// plan numbers at least one of its kind (captions, annex headings), since a text export loses many
/// captions and annexes often travel as separate files.
/// </summary>
public sealed class MissingFigureOrTableRule : Rule
{
    public override string Code => "HV-DOC-001";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Viittaus puuttuvaan kuvaan, taulukkoon tai liitteeseen", "Reference to a missing figure, table or annex");

    public override Localized Explanation => new(
        "Teksti viittaa kuvaan, taulukkoon tai liitteeseen numerolla, jota suunnitelmassa ei ole. Lukija ei löydä tietoa, johon teksti nojaa.",
        "The text refers to a figure, table or annex by a number the plan does not have, so the reader cannot find what the text relies on.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var kinds = new[] { ReferenceKind.Figure, ReferenceKind.Table, ReferenceKind.Annex };
        var existing = kinds.ToDictionary(k => k, k => DocumentReferences.Existing(context, k));
        foreach (var section in Codes.TextLines.ProseSections(context))
        {
            var missing = DocumentReferences.In(section.Section.Text)
                .Where(r => r.Kind != ReferenceKind.Section && existing[r.Kind].Count > 0 && !existing[r.Kind].Contains(r.Number))
                .GroupBy(r => (r.Kind, r.Number))
                .Select(g => g.First())
                .ToList();
            if (missing.Count == 0)
            {
                continue;
            }
            var fi = string.Join(", ", missing.Select(r => $"«{r.Words}» ({Have(existing[r.Kind], r.Kind).Fi})"));
            var en = string.Join(", ", missing.Select(r => $"“{r.Words}” ({Have(existing[r.Kind], r.Kind).En})"));
            yield return Found(
                context.PlaceInText(section, missing[0].Words),
                new($"Kohdassa {SectionNames.Of(section)} viitataan kuvaan, taulukkoon tai liitteeseen, jota suunnitelmassa ei ole: {fi}.",
                    $"Section {SectionNames.Of(section)} refers to a figure, table or annex the plan does not have: {en}."),
                new("Korjaa numero tai lisää puuttuva kuva, taulukko tai liite.", "Correct the number or add the missing figure, table or annex."));
        }
    }

    private static Localized Have(HashSet<string> numbers, ReferenceKind kind)
    {
        var list = string.Join(", ", numbers.OrderBy(n => int.TryParse(n, out var i) ? i : int.MaxValue));
        return kind switch
        {
            ReferenceKind.Figure => new($"kuvat: {list}", $"figures: {list}"),
            ReferenceKind.Table => new($"taulukot: {list}", $"tables: {list}"),
            _ => new($"liitteet: {list}", $"annexes: {list}"),
        };
    }
}
