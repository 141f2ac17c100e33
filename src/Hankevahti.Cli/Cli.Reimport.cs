using System.Text;
using Hankevahti.Plans;
using Hankevahti.Storage.Database;
using Hankevahti.Storage.Projects;
using Hankevahti.Text;
using Hankevahti.Versions.Merge;

namespace Hankevahti.Cli;

public static partial class Cli
{
    /// <summary>--take document|saved: how every conflict of a re-import is decided; null when not given.</summary>
    private static MergeSide? TakeOption(Arguments args, int? projectId)
    {
        if (args.Get("--take") is not { } text)
        {
            return null;
        }
        if (PlanMerge.ParseSide(text) is not { } side)
        {
            throw new UsageException($"--take must be document or saved, not '{text}'", "import");
        }
        if (projectId is null)
        {
            throw new UsageException("--take only makes sense with --save --project ID (it decides the conflicts of a re-import)", "import");
        }
        return side;
    }

    /// <summary>
    /// Merges the import with the project's saved plan and stores it; null when there is no such project.
    /// With conflicts and no --take nothing is stored: they are listed (a CliFailure, exit code 1).
    /// </summary>
    private static async Task<(int Number, string Summary)?> SaveMergedAsync(HankevahtiDb db, int projectId, Plan plan, string origin, MergeSide? take, Context context)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await db.MergeImportAsync(projectId, plan, context.Cancel) is not { } merge)
            {
                // No project, or its newest plan no longer reads: then the document replaces it, as before.
                var version = await db.AddVersionAsync(projectId, plan, origin, ct: context.Cancel);
                return version is null ? null : (version.Number, "");
            }
            var result = merge.Result;
            if (!result.IsResolved)
            {
                if (take is not { } side)
                {
                    throw new CliFailure(ConflictList(projectId, result));
                }
                result = PlanMerge.TakeAll(result, side);
            }
            var saved = await db.SaveMergeAsync(merge, result, origin, null, null, context.Cancel);
            switch (saved.Outcome)
            {
                case VersionSaveOutcome.Saved:
                    return (saved.Version!.Number, Summary(result, take));
                case VersionSaveOutcome.NotFound:
                    return null;
                case VersionSaveOutcome.Conflict when attempt >= 5:
                    throw new CliFailure($"{Name} import: project {projectId} was saved by others again and again while this import was merged; nothing was stored, try again");
            }
            // Someone saved a version meanwhile: merge with that one.
        }
    }

    private static string ConflictList(int projectId, MergeResult result)
    {
        var text = new StringBuilder();
        var conflicts = result.Conflicts;
        text.Append(TerminalText.Visible($"{Name} import: {conflicts.Count} conflict(s) with what was saved in project {projectId} since the document's last import; nothing was stored."));
        foreach (var c in conflicts)
        {
            var where = c.Id is null ? c.Kind : $"{c.Kind} {c.Label}";
            var field = c.Field.Length > 0 ? $"{where}: {c.Field}" : where;
            text.Append('\n').Append("  ").Append(TerminalText.Visible(field)).Append('\n')
                .Append("    saved:    ").Append(TerminalText.Visible(Shown(c.Ours))).Append('\n')
                .Append("    document: ").Append(TerminalText.Visible(Shown(c.Theirs)));
        }
        text.Append("\nGive --take document or --take saved to decide them all, or decide them one by one in the web's import preview.");
        return text.ToString();
    }

    private static string Shown(string? value) => value is null ? "(none)" : value.Length > 200 ? value[..200] + "…" : value;

    private static string Summary(MergeResult result, MergeSide? take)
    {
        var kept = result.Changes.Count(c => c.Change is ChangeKind.KeptFromSaved or ChangeKind.AddedBySaved or ChangeKind.RemovedBySaved);
        var parts = new List<string>();
        if (kept > 0)
        {
            parts.Add($"{kept} change(s) made since the last import kept");
        }
        if (result.Conflicts.Count > 0 && take is { } side)
        {
            parts.Add($"{result.Conflicts.Count} conflict(s) decided for the {PlanMerge.SideName(side)}");
        }
        return parts.Count == 0 ? "" : $" ({string.Join("; ", parts)})";
    }
}
