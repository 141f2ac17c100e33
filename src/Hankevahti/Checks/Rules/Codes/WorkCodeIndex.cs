using System.Text.RegularExpressions;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Codes;

/// <summary>A coded node of the work structure: a part (osa-alue, työpaketti…) or an action (toimenpide).</summary>
public sealed record CodedWork(string Code, string Title, bool IsAction, WorkPart Part, string Path, SourceRef? Source)
{
    public string Key => CodeText.Key(Code);
}

/// <summary>
/// The codes of the work structure and whether a reference names one. Plans write the same code in
/// several ways ("4", "Pilari 4", "PILARI 4", "Pilari 4 / Investointi 1", "F.1."), so references are
/// compared without the kind word, case, spaces and a closing dot.
/// </summary>
public sealed partial class WorkCodeIndex
{
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> lastSegments = new(StringComparer.Ordinal);

    public WorkCodeIndex(CheckContext context)
    {
        var all = new List<CodedWork>();
        foreach (var entry in context.Work)
        {
            all.Add(new CodedWork(entry.Part.Code, entry.Part.Title, false, entry.Part, entry.Path, entry.Part.Source));
            for (var i = 0; i < entry.Part.Actions.Count; i++)
            {
                var action = entry.Part.Actions[i];
                all.Add(new CodedWork(action.Code, action.Title, true, entry.Part, $"{entry.Path}.actions[{i}]", action.Source));
            }
        }
        All = all;
        foreach (var work in all.Where(w => w.Key.Length > 0))
        {
            keys.Add(work.Key);
            keys.Add(Bare(work.Code));
            if (!work.IsAction && !string.IsNullOrWhiteSpace(work.Part.KindLabel))
            {
                keys.Add(CodeText.Key(work.Part.KindLabel + work.Code));
            }
            var bare = Bare(work.Code);
            lastSegments.Add(bare[(bare.LastIndexOf('.') + 1)..]);
        }
        keys.Remove("");
    }

    /// <summary>Every coded part and action, parts before their actions, depth first.</summary>
    public IReadOnlyList<CodedWork> All { get; }

    /// <summary>Whether the plan has a work structure with codes at all; without one no reference can be judged.</summary>
    public bool HasCodes => keys.Count > 0;

    /// <summary>Whether the actions have codes; a plan with uncoded actions gives no ground to judge "toimenpide 3".</summary>
    public bool HasActionCodes => All.Any(w => w.IsAction && w.Key.Length > 0);

    /// <summary>Whether the parts have codes.</summary>
    public bool HasPartCodes => All.Any(w => !w.IsAction && w.Key.Length > 0);

    /// <summary>Whether a reference names a part or action: each segment of "Pilari 4 / Investointi 1" must.</summary>
    public bool Knows(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return true;
        }
        var segments = reference.Split(['/', ';', '>'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return segments.Length > 0 && segments.All(s => keys.Contains(CodeText.Key(s)) || keys.Contains(Bare(s)));
    }

    /// <summary>
    /// Whether a number written after a kind word may be a code relative to its context: "työpaketti 1"
    /// under investment 4 is 4.1, so any code ending in the number counts.
    /// </summary>
    public bool KnowsRelative(string reference) => Knows(reference) || lastSegments.Contains(Bare(reference));

    /// <summary>The code without a leading kind word or letters-only prefix of two or more letters: "Pilari 4" → "4", "TP2B" → "2B".</summary>
    public static string Bare(string? code)
    {
        var key = CodeText.Key(code);
        var m = Prefix().Match(key);
        return m.Success && m.Length < key.Length ? key[m.Length..] : key;
    }

    [GeneratedRegex(@"^[A-ZÅÄÖ][A-ZÅÄÖ\-]+(?=\d)")]
    private static partial Regex Prefix();
}
