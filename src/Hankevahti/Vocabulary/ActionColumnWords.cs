namespace Hankevahti.Vocabulary;

/// <summary>What a column of an action table holds, from its heading.</summary>
public enum ActionColumn { None, Action, Description, Responsible, Schedule }

/// <summary>
/// The headings of action tables (toimenpidetaulukko) in the template's words and their variants. Matching is
/// on the heading's start, so "Toimenpiteen kuvaus" is a description and "Toimenpide" the action itself.
/// </summary>
public static class ActionColumnWords
{
    // Longer headings first: "toimenpiteen kuvaus" must not be taken as the action column.
    private static readonly (string Start, ActionColumn Role)[] Words =
    [
        ("toimenpiteen kuvaus", ActionColumn.Description),
        ("toimenpiteen sisältö", ActionColumn.Description),
        ("toimenpiteen aikataulu", ActionColumn.Schedule),
        ("toimenpiteen vastuu", ActionColumn.Responsible),
        ("toimenpide", ActionColumn.Action),
        ("toimenpiteet", ActionColumn.Action),
        ("toimenpiteen nimi", ActionColumn.Action),
        ("tehtävä", ActionColumn.Action),
        ("kuvaus", ActionColumn.Description),
        ("sisältö", ActionColumn.Description),
        ("vastuu", ActionColumn.Responsible),
        ("vastuutaho", ActionColumn.Responsible),
        ("vastuuhenkilö", ActionColumn.Responsible),
        ("vastuuorganisaatio", ActionColumn.Responsible),
        ("toteuttaja", ActionColumn.Responsible),
        ("aikataulu", ActionColumn.Schedule),
        ("ajankohta", ActionColumn.Schedule),
        ("ajoitus", ActionColumn.Schedule),
        ("toteutusaika", ActionColumn.Schedule),
    ];

    public static ActionColumn Classify(string heading)
    {
        var h = heading.Trim().TrimEnd(':').Trim().ToLowerInvariant();
        foreach (var (start, role) in Words)
        {
            if (h.StartsWith(start, StringComparison.Ordinal)
                && (h.Length == start.Length || !char.IsLetter(h[start.Length]) || role != ActionColumn.Action || start.EndsWith('e')))
            {
                return role;
            }
        }
        return ActionColumn.None;
    }
}
