using Hankevahti.Plans;

namespace Hankevahti.Vocabulary;

/// <summary>One word a plan uses for a level of its work structure, with the stem its inflected forms share.</summary>
/// <param name="Word">The base form ("työpaketti").</param>
/// <param name="Stem">What every inflected form starts with ("työpake": työpaketin, työpaketissa).</param>
/// <param name="Kind">The model's kind of part; null for an action (toimenpide).</param>
public sealed record WorkWord(string Word, string Stem, WorkPartKind? Kind);

/// <summary>
/// The words of the work structure: osa-alue, pilari, investointi, työpaketti (TP), kehittämisosio and
/// toimenpide. Programmes name the same levels differently (RRF: pilari › investointi › työpaketti;
/// Rakenneuudistus: osa-alue › toimenpide); the model keeps the plan's word as the part's label.
/// </summary>
public static class WorkWords
{
    public static readonly IReadOnlyList<WorkWord> All =
    [
        new("osa-alue", "osa-alue", WorkPartKind.Part),
        new("osakokonaisuus", "osakokonaisuu", WorkPartKind.Part),
        new("kehittämisosio", "kehittämisosio", WorkPartKind.Part),
        new("pilari", "pilar", WorkPartKind.Pillar),
        new("investointi", "investoin", WorkPartKind.Investment),
        new("työpaketti", "työpake", WorkPartKind.WorkPackage),
        new("TP", "tp", WorkPartKind.WorkPackage),
        new("toimenpide", "toimenpi", null),
    ];

    /// <summary>The word a text starts with ("Työpaketin 1.4A …" → työpaketti), or null.</summary>
    public static WorkWord? StartOf(string? text)
    {
        var t = CleanText.Key(text ?? "");
        foreach (var w in All)
        {
            if (t.StartsWith(w.Stem, StringComparison.Ordinal)
                // "TP" is a word only as a whole word or before a code ("TP2", "tp 3"), not the start of "tpk".
                && (w.Stem.Length > 2 || t.Length == 2 || !char.IsLetter(t[2])))
            {
                return w;
            }
        }
        return null;
    }

    /// <summary>The base word for a kind, for messages ("työpaketti").</summary>
    public static string? WordFor(WorkPartKind kind) => All.FirstOrDefault(w => w.Kind == kind)?.Word;
}
