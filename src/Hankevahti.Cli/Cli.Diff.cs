using System.Globalization;
using Hankevahti.Storage.Projects;
using Hankevahti.Versions.Diff;

namespace Hankevahti.Cli;

public static partial class Cli
{
    private const string DiffHelp = """
        Usage: hankevahti diff --project ID FROM [TO] [--format text|json] [--lang fi|en] [--data DIR]

        Compares two stored versions of a project's plan (version numbers as the version list shows
        them; TO defaults to the latest). Per part of the plan: items added, removed and changed, each
        change with the field's value before and after, and items moved under another parent; then
        planned money as moves between parts, cost categories and organisations ("800 000 € moved from
        osa-alue 2 to osa-alue 3") with the total before and after, funding shares and amounts, indicator
        targets changed and action schedules shifted (by how many months). Items are matched by their
        ids, so a new order is no change.

        Options:
          --project ID         the project's id, as 'hankevahti projects' lists it (required)
          --format text|json   text (default) or JSON for scripts (schema: docs/diff-json.md)
          --lang fi|en         language of the text (default fi)
          --data DIR           SQLite data folder (see 'hankevahti --help')

        Exit code 0 whether or not the versions differ; 1 when the project or a version does not
        exist or cannot be read; 2 on bad usage.
        """;

    private static async Task<int> DiffAsync(Arguments args, Context context)
    {
        const string command = "diff";
        var projectText = args.Get("--project")
            ?? throw new UsageException("--project ID is required: the id of the project whose versions to compare (see 'hankevahti projects')", command);
        if (!int.TryParse(projectText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            throw new UsageException($"--project must be a project id (a positive whole number), not '{projectText}'", command);
        }
        var format = args.Get("--format") ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"--format must be text or json, not '{format}'", command);
        }
        var language = args.Get("--lang") ?? "fi";
        if (language is not ("fi" or "en"))
        {
            throw new UsageException($"--lang must be fi or en, not '{language}'", command);
        }
        if (args.Positional.Count is 0 or > 2)
        {
            throw new UsageException("give FROM and optionally TO: the version numbers to compare (TO defaults to the latest)", command);
        }
        var from = VersionNumber(args.Positional[0], "FROM");
        int? to = args.Positional.Count == 2 ? VersionNumber(args.Positional[1], "TO") : null;

        var settings = context.Settings();
        var (before, after) = await UseDatabaseAsync(settings, context.Cancel, async db =>
        {
            var latest = await db.LatestVersionAsync(id, context.Cancel)
                ?? throw new CliFailure($"{Name} diff: no project with id {id} in {settings.Describe()}");
            var toNumber = to ?? latest.Number;
            var b = await db.VersionPlanAsync(id, from, context.Cancel);
            var a = await db.VersionPlanAsync(id, toNumber, context.Cancel);
            if (b is null || a is null)
            {
                throw new CliFailure($"{Name} diff: project {id} has no version {(b is null ? from : toNumber)}; its versions are 1–{latest.Number}");
            }
            return (b, a);
        });
        if (before.Plan is null || after.Plan is null)
        {
            throw new CliFailure($"{Name} diff: {before.Error ?? after.Error}");
        }

        var diff = PlanDiff.Compare(before.Plan, after.Plan);
        var fromNumber = before.Version.Number;
        var toVersion = after.Version.Number;
        await context.Out.WriteAsync(format == "json"
            ? DiffJson.Serialize(diff, id, fromNumber, toVersion)
            : DiffText.Format(diff, language == "en" ? $"project {id}, version {fromNumber} → {toVersion}" : $"hanke {id}, versio {fromNumber} → {toVersion}", language));
        return 0;
    }

    private static int VersionNumber(string text, string name) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : throw new UsageException($"{name} must be a version number (a positive whole number), not '{text}'", "diff");
}
