using System.Globalization;
using Hankevahti.Import;
using Hankevahti.Json;
using Hankevahti.Storage.Projects;
using Hankevahti.Text;

namespace Hankevahti.Cli;

public static partial class Cli
{
    private static async Task<int> ImportAsync(Arguments args, Context context)
    {
        var files = args.Positional;
        if (files.Count == 0)
        {
            throw new UsageException("give at least one FILE to import (.docx, .pdf, .txt or .md)", "import");
        }
        var format = args.Get("--format") ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"--format must be text or json, not '{format}'", "import");
        }
        var save = args.Has("--save");
        var facts = args.Has("--facts");
        int? projectId = null;
        if (args.Get("--project") is { } projectText)
        {
            if (!int.TryParse(projectText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                throw new UsageException($"--project must be a project id (a positive whole number), not '{projectText}'", "import");
            }
            if (!save)
            {
                throw new UsageException("--project ID only makes sense with --save (store the plan as a new version of that project)", "import");
            }
            if (files.Count != 1)
            {
                throw new UsageException("--project ID takes exactly one FILE: a project gets one new version at a time", "import");
            }
            projectId = id;
        }
        var take = TakeOption(args, projectId);

        var progress = new ImportProgress(context.Error, files.Count);
        var results = new List<ImportResult>();
        var failed = 0;
        for (var i = 0; i < files.Count; i++)
        {
            context.Cancel.ThrowIfCancellationRequested();
            progress.Starting(i, files[i]);
            var result = PlanImporter.ImportFile(files[i]);
            results.Add(result);
            if (!result.Succeeded)
            {
                failed++;
                progress.Clear();
                await context.Error.WriteLineAsync($"{Name} import: {TerminalText.Visible(result.Error)}");
                continue;
            }
            if (save)
            {
                var message = await SaveAsync(result, projectId, take, context);
                progress.Clear();
                await context.Error.WriteLineAsync(message);
            }
            if (facts && format == "text")
            {
                progress.Clear();
                await context.Out.WriteAsync(FactsOutput.Text(result, several: files.Count > 1));
            }
            else if (format == "text")
            {
                // Each summary as soon as its file is done, so a long batch shows results as it goes.
                progress.Clear();
                await context.Out.WriteAsync(ImportSummary.Format(result));
            }
        }
        progress.Done();

        var succeeded = results.Where(r => r.Succeeded).ToList();
        if (facts && format == "json")
        {
            await context.Out.WriteAsync(FactsOutput.Json(succeeded, several: files.Count > 1));
        }
        else if (format == "json")
        {
            if (files.Count == 1)
            {
                if (succeeded.Count == 1)
                {
                    await context.Out.WriteAsync(PlanJson.Serialize(succeeded[0].Plan!));
                }
            }
            else
            {
                // Several plans: one JSON array of canonical plan documents.
                var docs = succeeded.Select(r => PlanJson.Serialize(r.Plan!).TrimEnd('\n').Replace("\n", "\n  "));
                await context.Out.WriteAsync("[\n  " + string.Join(",\n  ", docs) + "\n]\n");
            }
        }
        return failed > 0 ? 1 : 0;
    }

    private static async Task<string> SaveAsync(ImportResult result, int? projectId, Versions.Merge.MergeSide? take, Context context)
    {
        var plan = result.Plan!;
        var origin = $"import:{result.File}";
        var settings = context.Settings();
        if (projectId is { } id)
        {
            // The document is merged with what was saved since its last import: corrections made in the web stay.
            var (number, summary) = await UseDatabaseAsync(settings, context.Cancel, db => SaveMergedAsync(db, id, plan, origin, take, context))
                ?? throw new CliFailure($"{Name} import: no project with id {id} in {settings.Describe()}; nothing was stored");
            return $"{Name} import: {TerminalText.Visible(result.File)}: stored as version {number} of project {id}{summary}";
        }
        var project = await UseDatabaseAsync(settings, context.Cancel, db => db.AddProjectAsync(plan, origin, ct: context.Cancel));
        return $"{Name} import: {TerminalText.Visible(result.File)}: stored as project {project.Id}";
    }
}
