using System.Text.RegularExpressions;

namespace Hankevahti.Checks.Rules.Document;

/// <summary>
/// HV-DOC-003: the imported document stops inside a table, so its last rows (and whatever followed)
/// are missing. The importer notices this and leaves a note with <see cref="ImportNoteCodes.EndsInTable"/>.
/// </summary>
public sealed partial class DocumentEndsMidTableRule : Rule
{
    public override string Code => "HV-DOC-003";
    public override FindingSeverity Severity => FindingSeverity.Warning;
    public override Localized Title => new("Asiakirja päättyy kesken taulukon", "Document ends inside a table");

    public override Localized Explanation => new(
        "Asiakirja loppuu kesken taulukon: viimeiseltä riviltä puuttuu soluja ja sen jälkeinen sisältö puuttuu kokonaan. Tiedosto on voinut katketa tallennettaessa tai muunnettaessa.",
        "The document stops inside a table: the last row lacks cells and whatever followed is missing. The file may have been cut when it was saved or converted.");

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var notes = context.Plan.Import?.Notes ?? [];
        for (var i = 0; i < notes.Count; i++)
        {
            var note = notes[i];
            // Plans imported before notes had codes are known by the note's words.
            if (note.Code != ImportNoteCodes.EndsInTable && !note.Message.StartsWith("The document ends inside", StringComparison.Ordinal))
            {
                continue;
            }
            var table = TableName().Match(note.Message) is { Success: true } m ? m.Groups["t"].Value : null;
            var (fi, en) = table switch
            {
                "risk" => ("riskitaulukon", "the risk table"),
                "budget" or "cost" => ("kustannustaulukon", "the cost table"),
                "schedule" => ("aikataulutaulukon", "the schedule table"),
                _ => ("taulukon", "a table"),
            };
            var line = note.Source?.Line is { } l ? (Fi: $" (rivi {l})", En: $" (line {l})") : (Fi: "", En: "");
            yield return Found(
                context.Place($"import.notes[{i}]", note.Source, null, "risks"),
                new($"Asiakirja päättyy kesken {fi}{line.Fi}: viimeiseltä riviltä puuttuu soluja, ja taulukon loppu ja sitä mahdollisesti seuraava sisältö puuttuvat.",
                    $"The document ends inside {en}{line.En}: the last row lacks cells, and the rest of the table and anything after it are missing."),
                new("Tarkista alkuperäinen tiedosto ja tuo suunnitelma uudelleen kokonaisena.", "Check the original file and import the plan again in full."));
        }
    }

    [GeneratedRegex(@"inside the (?<t>\w+) table")]
    private static partial Regex TableName();
}
