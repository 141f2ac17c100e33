using System.Text.RegularExpressions;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Costs;

/// <summary>
/// Finds the node of the work tree a cost table or a sentence names. Tables name parts by a path of the
/// plan's own words ("Pilari 4 / Investointi 2", "Osa-alue 2", "TP2"), sentences by a code ("4.1");
/// each segment is looked for below the previous one, and a name that fits two nodes fits none.
/// </summary>
public static partial class PartPaths
{
    public static WorkEntry? Resolve(IReadOnlyList<WorkEntry> work, string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || work.Count == 0)
        {
            return null;
        }
        var segments = path.Split(['/', '>', '›', '»', '|'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        IReadOnlyList<WorkEntry> scope = work;
        WorkEntry? found = null;
        foreach (var segment in segments)
        {
            found = Match(scope, segment);
            if (found is null)
            {
                return null;
            }
            scope = Below(work, found);
        }
        return found;
    }

    /// <summary>The nodes under <paramref name="entry"/>, at any depth.</summary>
    public static IReadOnlyList<WorkEntry> Below(IReadOnlyList<WorkEntry> work, WorkEntry entry) =>
        work.Where(e => IsBelow(e, entry)).ToList();

    public static bool IsBelow(WorkEntry entry, WorkEntry above) =>
        entry.Path.StartsWith(above.Path + ".children[", StringComparison.Ordinal);

    /// <summary>"Investointi 2", "Työpaketti 4.1": the plan's word for the kind and the code, for messages.</summary>
    public static string Name(WorkPart part)
    {
        var code = part.Code ?? "";
        var word = string.IsNullOrWhiteSpace(part.KindLabel) ? KindWord(part.Kind) : Capitalised(part.KindLabel.Trim());
        return word is null || code.StartsWith(word, StringComparison.OrdinalIgnoreCase) ? code : $"{word} {code}".Trim();
    }

    private static WorkEntry? Match(IReadOnlyList<WorkEntry> scope, string segment)
    {
        var exact = scope.Where(e => Same(e.Part.Code, segment) || Same(Name(e.Part), segment)).ToList();
        if (exact.Count == 1)
        {
            return exact[0];
        }
        var m = Segment().Match(segment);
        if (!m.Success)
        {
            return null;
        }
        var word = m.Groups["word"].Value.Trim(' ', ':', '-', '–');
        var code = m.Groups["code"].Value.TrimEnd('.');
        var candidates = exact.Count > 1 ? exact : scope.Where(e => Same(e.Part.Code, code) || Same(e.Part.Code, word + code)).ToList();
        if (candidates.Count > 1 && KindOf(word) is { } kind)
        {
            var ofKind = candidates.Where(e => e.Part.Kind == kind).ToList();
            candidates = ofKind.Count > 0 ? ofKind : candidates;
        }
        if (candidates.Count > 1 && word.Length > 0)
        {
            var labelled = candidates.Where(e => e.Part.KindLabel?.StartsWith(word, StringComparison.OrdinalIgnoreCase) == true).ToList();
            candidates = labelled.Count > 0 ? labelled : candidates;
        }
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>The kind a table's word names; null for a word the checks do not know.</summary>
    public static WorkPartKind? KindOf(string word)
    {
        var w = word.Trim().ToLowerInvariant();
        return w switch
        {
            _ when w.StartsWith("pilar", StringComparison.Ordinal) => WorkPartKind.Pillar,
            _ when w.StartsWith("investoin", StringComparison.Ordinal) => WorkPartKind.Investment,
            _ when w.StartsWith("työpaket", StringComparison.Ordinal) || w is "tp" or "wp" => WorkPartKind.WorkPackage,
            _ when w.StartsWith("osa-alue", StringComparison.Ordinal) || w.StartsWith("osakokonaisuu", StringComparison.Ordinal) => WorkPartKind.Part,
            _ => null,
        };
    }

    private static string? KindWord(WorkPartKind kind) => kind switch
    {
        WorkPartKind.Pillar => "Pilari",
        WorkPartKind.Investment => "Investointi",
        WorkPartKind.WorkPackage => "Työpaketti",
        WorkPartKind.Part => "Osa-alue",
        _ => null,
    };

    // Plans write kind words in capitals in headings ("PILARI 3"); messages read better in sentence case.
    private static string Capitalised(string word) =>
        word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) ? word[0] + word[1..].ToLowerInvariant() : word;

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Flat(a), Flat(b), StringComparison.OrdinalIgnoreCase);

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(?<word>\D*?)\s*(?<code>\d[\p{L}\d.]*)$")]
    private static partial Regex Segment();
}
