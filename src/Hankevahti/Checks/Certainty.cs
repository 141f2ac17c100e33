using Hankevahti.Plans;

namespace Hankevahti.Checks;

/// <summary>
/// An error finding says the plan is wrong; that is only fair when the values it rests on were read with
/// certainty. Where the import marked its reading of a place as uncertain (notes with codes under
/// <see cref="ImportNoteCodes.UncertainPrefix"/>), an error found there is lowered to a warning that says why: a
/// false error is worse than none, and the user can still see and judge the figures.
/// </summary>
public static class Certainty
{
    public static Finding Temper(Finding finding, ImportInfo? import)
    {
        if (finding.Severity != FindingSeverity.Error || import is null || finding.Place.Source is not { } at)
        {
            return finding;
        }
        var note = import.Notes.FirstOrDefault(n => ImportNote.IsUncertainReading(n) && Covers(n.Source, at));
        if (note is null)
        {
            return finding;
        }
        return finding with
        {
            Severity = FindingSeverity.Warning,
            Message = new(
                $"{finding.Message.Fi} (Luku on luettu epävarmasti, joten tämä on varoitus eikä virhe: tarkista luvut alkuperäisestä asiakirjasta.)",
                $"{finding.Message.En} (The figures were read with uncertainty, so this is a warning, not an error: check them against the original document.)"),
        };
    }

    /// <summary>Whether a finding's place lies within the source of an uncertain reading: the same table, or a line within its lines.</summary>
    internal static bool Covers(SourceRef? region, SourceRef at)
    {
        if (region is null || (region.File is not null && at.File is not null && region.File != at.File))
        {
            return false;
        }
        if (region.Table is { } table && at.Table is { } atTable)
        {
            return table == atTable;
        }
        if (region.Line is { } line && at.Line is { } atLine)
        {
            return atLine >= line && atLine <= (region.EndLine ?? line);
        }
        if (region.Paragraph is { } paragraph && at.Paragraph is { } atParagraph)
        {
            return atParagraph == paragraph;
        }
        return false;
    }
}
