using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hankevahti.Checks;
using Hankevahti.Checks.Output;
using Hankevahti.Checks.Profiles;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading;
using Hankevahti.Storage.Projects;
using Hankevahti.Text;

namespace Hankevahti.Cli;

public static partial class Cli
{
    private static async Task<int> CheckAsync(Arguments args, Context context)
    {
        var format = args.Get("--format") ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"--format must be text or json, not '{format}'", "check");
        }
        var language = args.Get("--lang") ?? "fi";
        if (language is not ("fi" or "en"))
        {
            throw new UsageException($"--lang must be fi or en, not '{language}'", "check");
        }
        if (args.Has("--rules"))
        {
            if (args.Positional.Count > 0 || args.Get("--project") is not null || args.Get("--min-severity") is not null || args.Get("--profile") is not null)
            {
                throw new UsageException("--rules lists the rules; give it without FILE, --project, --min-severity or --profile", "check");
            }
            await context.Out.WriteAsync(format == "json" ? RulesJson() : RulesText(language));
            return 0;
        }
        var minimum = ParseSeverity(args.Get("--min-severity"));
        ProgrammeProfile? profile = null;
        if (args.Get("--profile") is { } profileKey)
        {
            profile = ProfileCatalog.All.FirstOrDefault(p => string.Equals(p.Key, profileKey, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"--profile must be one of {string.Join(", ", ProfileCatalog.All.Select(p => p.Key))}, not '{profileKey}'", "check");
        }

        var reports = new List<CheckReport>();
        var failed = false;
        if (args.Get("--project") is { } projectText)
        {
            if (args.Positional.Count > 0)
            {
                throw new UsageException("give either FILE or --project ID, not both", "check");
            }
            if (!int.TryParse(projectText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                throw new UsageException($"--project must be a project id (a positive whole number), not '{projectText}'", "check");
            }
            var settings = context.Settings();
            var stored = await UseDatabaseAsync(settings, context.Cancel, db => db.LatestPlanAsync(id, context.Cancel))
                ?? throw new CliFailure($"{Name} check: no project with id {id} in {settings.Describe()}");
            if (stored.Plan is null)
            {
                throw new CliFailure($"{Name} check: {stored.Error}");
            }
            reports.Add(PlanChecker.Check(stored.Plan, profile) with { File = $"project {id} version {stored.Version.Number}" });
        }
        else
        {
            if (args.Positional.Count == 0)
            {
                throw new UsageException("give a FILE to check (.docx, .pdf, .txt or .md) or --project ID", "check");
            }
            foreach (var file in args.Positional)
            {
                context.Cancel.ThrowIfCancellationRequested();
                var (report, error) = CheckFile(file, profile);
                if (report is null)
                {
                    failed = true;
                    await context.Error.WriteLineAsync($"{Name} check: {TerminalText.Visible(error)}");
                    continue;
                }
                reports.Add(report);
            }
        }

        var shown = reports.Select(r => (Shown: r.AtLeast(minimum), All: r)).ToList();
        if (format == "json")
        {
            await context.Out.WriteAsync((shown.Count == 1 && args.Positional.Count <= 1 ? CheckJson.Format(shown[0].Shown, shown[0].All) : CheckJson.Format(shown)) + "\n");
        }
        else
        {
            for (var i = 0; i < shown.Count; i++)
            {
                await context.Out.WriteAsync((i > 0 ? "\n" : "") + CheckText.Format(shown[i].Shown, language, shown[i].All));
            }
        }
        // The exit code follows the errors found, whatever --min-severity hides.
        return failed || reports.Any(r => r.HasErrors) ? 1 : 0;
    }

    /// <summary>Reads, imports and checks one file; the source blocks let the findings point to their lines.</summary>
    internal static (CheckReport? Report, string? Error) CheckFile(string path, ProgrammeProfile? profile = null)
    {
        var name = Path.GetFileName(path);
        var read = DocumentReader.ReadFile(path);
        var imported = PlanImporter.Import(read, name);
        if (imported.Plan is null)
        {
            return (null, imported.Error);
        }
        return (PlanChecker.Check(imported.Plan, profile, source: read), null);
    }

    private static FindingSeverity ParseSeverity(string? text) => text switch
    {
        null or "info" => FindingSeverity.Info,
        "warning" => FindingSeverity.Warning,
        "error" => FindingSeverity.Error,
        _ => throw new UsageException($"--min-severity must be info, warning or error, not '{text}'", "check"),
    };

    private static string RulesText(string language)
    {
        var en = CheckText.IsEnglish(language);
        var text = new System.Text.StringBuilder();
        foreach (var rule in RuleCatalog.All)
        {
            text.Append(rule.Code).Append("  ").Append(CheckText.SeverityWord(rule.Severity, en).PadRight(9)).Append(rule.Title.In(language)).Append('\n')
                .Append("    ").Append(rule.Explanation.In(language)).Append('\n');
        }
        text.Append(en ? $"{RuleCatalog.All.Count} rules\n" : $"{RuleCatalog.All.Count} sääntöä\n");
        return text.ToString();
    }

    private static string RulesJson()
    {
        var rules = new JsonArray(RuleCatalog.All.Select(r => (JsonNode)new JsonObject
        {
            ["code"] = r.Code,
            ["severity"] = CheckJson.Severity(r.Severity),
            ["title"] = new JsonObject { ["fi"] = r.Title.Fi, ["en"] = r.Title.En },
            ["explanation"] = new JsonObject { ["fi"] = r.Explanation.Fi, ["en"] = r.Explanation.En },
        }).ToArray());
        return rules.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
