using Hankevahti.Import;
using Hankevahti.Plans;

namespace Hankevahti.Web.Tests.Support;

/// <summary>
/// A changed copy of a real plan, made in the test (the seed's text never enters the repository): two
/// items' titles changed on their lines and one risk's lines removed, the way someone edits the Word file.
/// </summary>
internal sealed record ChangedSeed(string File, IReadOnlyList<(string Kind, string Id, string OldTitle, string NewTitle)> Changed, Risk Removed)
{
    public const string Suffix = " (päivitetty)";

    /// <summary>Writes the changed copy into <paramref name="folder"/> under the seed's own name.</summary>
    public static ChangedSeed Make(string seed, Plan imported, string folder)
    {
        var lines = System.IO.File.ReadAllText(Path.Combine(SeedFiles.Folder, seed)).Replace("\r\n", "\n").Split('\n').ToList();
        // Titles that stand on one line of their own source, so a change of the line is a change of the title.
        bool OnItsLine(string title, SourceRef? source) =>
            title.Length >= 8 && source?.Line is { } l && l <= lines.Count && lines[l - 1].Split(title).Length == 2;
        var removed = imported.Risks.Where(r => r.Source?.Line is not null).Last();
        var removedLines = (removed.Source!.Line!.Value, removed.Source.EndLine ?? removed.Source.Line.Value);
        var candidates = PlanItemsWithTitles(imported)
            .Where(c => c.Id != removed.Id && OnItsLine(c.Title, c.Source) && (c.Source!.Line < removedLines.Item1 || c.Source.Line > removedLines.Item2))
            .GroupBy(c => c.Source!.Line).Select(g => g.First())
            .Aggregate(new List<(string Kind, string Id, string Title, SourceRef? Source)>(), (chosen, c) =>
            {
                // Neither title inside the other, so that each replace changes one title.
                if (chosen.Count < 2 && !chosen.Any(x => x.Title.Contains(c.Title, StringComparison.Ordinal) || c.Title.Contains(x.Title, StringComparison.Ordinal)))
                {
                    chosen.Add(c);
                }
                return chosen;
            });
        if (candidates.Count < 2)
        {
            throw new InvalidOperationException($"{seed}: fewer than two titles on lines of their own");
        }
        var changed = new List<(string, string, string, string)>();
        foreach (var c in candidates)
        {
            // Renamed wherever the document names it, as Word's replace does: a schedule's row naming the
            // item changed on its own line only would no longer name it, and would come back as section text.
            for (var i = 0; i < lines.Count; i++)
            {
                lines[i] = lines[i].Replace(c.Title, c.Title + Suffix);
            }
            changed.Add((c.Kind, c.Id, c.Title, c.Title + Suffix));
        }
        lines.RemoveRange(removedLines.Item1 - 1, removedLines.Item2 - removedLines.Item1 + 1);
        var file = Path.Combine(folder, seed);
        System.IO.File.WriteAllText(file, string.Join('\n', lines));
        return new ChangedSeed(file, changed, removed);
    }

    private static IEnumerable<(string Kind, string Id, string Title, SourceRef? Source)> PlanItemsWithTitles(Plan plan)
    {
        foreach (var part in Parts(plan.Work))
        {
            foreach (var a in part.Actions)
            {
                yield return ("action", a.Id, a.Title, a.Source);
            }
        }
        foreach (var r in plan.Risks)
        {
            yield return ("risk", r.Id, r.Title, r.Source);
        }
        foreach (var p in Parts(plan.Work))
        {
            yield return ("workPart", p.Id, p.Title, p.Source);
        }
    }

    private static IEnumerable<WorkPart> Parts(IEnumerable<WorkPart> parts) => parts.SelectMany(p => Parts(p.Children).Prepend(p));

    /// <summary>The titles of the plan's actions, risks and work parts, for finding the changed ones.</summary>
    public static IEnumerable<string> Titles(Plan plan) => PlanItemsWithTitles(plan).Select(i => i.Title);

    /// <summary>The plan's actions, risks and work parts with their ids, for finding a changed item by its id.</summary>
    public static IEnumerable<(string Kind, string Id, string Title, SourceRef? Source)> Items(Plan plan) => PlanItemsWithTitles(plan);

    public static ImportResult Import(string file) => PlanImporter.ImportFile(file);
}
