using System.Text.Json;
using System.Text.Json.Nodes;
using Hankevahti.Json;
using Hankevahti.Plans;

namespace Hankevahti.Versions.Merge;

/// <summary>
/// Re-import that keeps corrections: the three-way merge of a project's plan when its document is
/// imported again. Base is the plan of the version last imported from the document, ours the latest
/// saved version (the base with the web's changes), theirs the new import with the base's ids
/// (<see cref="Prepare"/>). Per item (by id) and per field: changed in the web only, the saved value
/// stays; changed in the document only, it is taken; changed on both sides to different values, a
/// conflict for the user to decide. <c>source</c> fields and the <c>import</c> report are the
/// document's: always taken, never a conflict.
/// </summary>
public static class PlanMerge
{
    /// <summary>
    /// The new import with ids: its items matched to the base's (<see cref="PlanMatcher"/>), and then
    /// those still new matched to the items the web added (a risk added in the web and then written into
    /// the document is one risk, not two).
    /// </summary>
    public static Plan Prepare(Plan @base, Plan ours, Plan imported)
    {
        var reserved = PlanIds.All(ours);
        // The matcher renames by the incoming ids, so they must be there and unique (an importer's plan may have none).
        var match = PlanMatcher.Match(@base, PlanIds.Fill(imported), reserved);
        var webAdded = PlanIds.All(ours);
        webAdded.ExceptWith(PlanIds.All(@base));
        var documentAdded = match.Added.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        if (webAdded.Count == 0 || documentAdded.Count == 0)
        {
            return match.Plan;
        }
        // Matched again against the saved plan, only to learn which new items are the web's new ones.
        var again = PlanMatcher.Match(ours, match.Plan, reserved);
        var theirIds = PlanIds.All(match.Plan);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var plan = PlanIds.Copy(match.Plan);
        var lists = PlanItems.Lists(plan).ToList();
        var matchedLists = PlanItems.Lists(again.Plan).ToList();
        for (var l = 0; l < lists.Count && l < matchedLists.Count; l++)
        {
            for (var i = 0; i < lists[l].Count && i < matchedLists[l].Count; i++)
            {
                var mine = lists[l].IdAt(i);
                var web = matchedLists[l].IdAt(i);
                if (documentAdded.Contains(mine) && webAdded.Contains(web) && !theirIds.Contains(web) && !renamed.ContainsValue(web))
                {
                    renamed[mine] = web;
                }
            }
        }
        if (renamed.Count == 0)
        {
            return match.Plan;
        }
        // Ids first, then the references to them (a list's path names its parent by id: set them all from fresh lists).
        foreach (var list in PlanItems.Lists(plan).ToList())
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (renamed.TryGetValue(list.IdAt(i), out var to))
                {
                    list.SetId(i, to);
                }
            }
        }
        return PlanMatcher.Relink(plan, renamed);
    }

    /// <summary>
    /// Prepares the import (<see cref="Prepare"/>) and merges it. Without a base (no version of the project
    /// was imported from a document) the saved plan is the base: the document's values are taken throughout.
    /// </summary>
    public static MergeResult Reimport(Plan? @base, Plan ours, Plan imported)
    {
        var b = @base ?? ours;
        return Merge(b, ours, Prepare(b, ours, imported));
    }

    /// <summary>The three-way merge of plans whose items share ids. Conflicts are undecided.</summary>
    public static MergeResult Merge(Plan @base, Plan ours, Plan theirs)
    {
        var labels = new Dictionary<string, (string Kind, string Label)>(StringComparer.Ordinal);
        foreach (var plan in new[] { ours, theirs, @base })
        {
            foreach (var list in PlanItems.Lists(plan))
            {
                for (var i = 0; i < list.Count; i++)
                {
                    labels.TryAdd(list.IdAt(i), (list.Kind, Label(list.CodeAt(i), list.TextAt(i))));
                }
            }
        }
        var inputs = new MergeInputs(Tree(@base), Tree(ours), Tree(theirs), labels);
        return Run(inputs, null);
    }

    /// <summary>Applies decisions (by <see cref="MergeConflict.Key"/>) to a merge; conflicts without one stay undecided.</summary>
    public static MergeResult Resolve(MergeResult result, IReadOnlyDictionary<string, MergeSide> decisions) => Run(result.Inputs, decisions);

    /// <summary>Decides every conflict the same way: "take all from the document" or "keep all saved".</summary>
    public static MergeResult TakeAll(MergeResult result, MergeSide side) =>
        Resolve(result, result.Conflicts.ToDictionary(c => c.Key, _ => side, StringComparer.Ordinal));

    /// <summary>"document" or "saved" (the CLI's and the form's words for a side); null for anything else.</summary>
    public static MergeSide? ParseSide(string? text) => text switch
    {
        "document" => MergeSide.Document,
        "saved" => MergeSide.Saved,
        _ => null,
    };

    /// <summary>The word for a side, as <see cref="ParseSide"/> reads it.</summary>
    public static string SideName(MergeSide side) => side == MergeSide.Document ? "document" : "saved";

    private static MergeResult Run(MergeInputs inputs, IReadOnlyDictionary<string, MergeSide>? decisions)
    {
        var merger = new JsonMerger(inputs.Items, decisions);
        var merged = merger.MergeRoot(inputs.Base, inputs.Ours, inputs.Theirs)!;
        var plan = PlanIds.Fill(merged.Deserialize<Plan>(PlanJson.Options)!);
        return new MergeResult(plan, merger.Conflicts, merger.Changes) { Inputs = inputs };
    }

    private static JsonNode Tree(Plan plan) => JsonSerializer.SerializeToNode(PlanIds.Fill(plan), PlanJson.Options)!;

    private static string Label(string? code, string text)
    {
        text = text.Length > 80 ? text[..80] + "…" : text;
        return code is { Length: > 0 } c && !text.StartsWith(c, StringComparison.Ordinal) ? $"{c} {text}".Trim() : text;
    }
}
