using System.Globalization;
using Hankevahti.Following;
using Hankevahti.Following.Reports;
using Hankevahti.Storage.Following;
using Hankevahti.Web.Following.Reports;

namespace Hankevahti.Cli;

public static partial class Cli
{
    private const string ReportHelp = """
        Usage: hankevahti report status|claim|final --project ID [--period P] --format html|docx|xlsx
                                 --output FILE [--lang fi|sv|en] [--data DIR]

        Writes a report to the funder, computed from the plan and what has been recorded, with the
        narrative saved in the app: status (a period's status report: indicators, actions, costs
        against plan and forecast, risks), claim (a payment claim's cost breakdown: costs by category
        and organisation, own funding and grant, cumulative against the approved budget) or final
        (the final report). A submitted or approved report is written as computed now; the page shows
        the one sent.

        Options:
          --project ID          the project's id, as 'hankevahti projects' lists it (required)
          --period P            the reporting period as the programme names it: 2026-H2, 2026-Q4,
                                2026-11 (required for status; a claim without it covers the project
                                from its start to today; final has none)
          --format FORMAT       html, docx (Word) or xlsx (the tables, figures as numbers) (required)
          --output FILE         where to write (required)
          --lang fi|sv|en       language of the report's words (default fi)
          --data DIR            SQLite data folder (see 'hankevahti --help')

        Exit code 0 when written; 1 when the project does not exist, has no such period (its periods
        are listed) or no periods at all (the reason is said); 2 on bad usage.
        """;

    private static async Task<int> ReportAsync(Arguments args, Context context)
    {
        const string command = "report";
        if (args.Positional.Count != 1 || PeriodReports.ParseKind(args.Positional[0]) is not { } kind)
        {
            throw new UsageException("give the report: status, claim or final", command);
        }
        var projectText = args.Get("--project")
            ?? throw new UsageException("--project ID is required: the id of the project to report on (see 'hankevahti projects')", command);
        if (!int.TryParse(projectText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            throw new UsageException($"--project must be a project id (a positive whole number), not '{projectText}'", command);
        }
        var format = args.Get("--format") ?? throw new UsageException("--format is required: html, docx or xlsx", command);
        if (format is not ("html" or "docx" or "xlsx"))
        {
            throw new UsageException($"--format must be html, docx or xlsx, not '{format}'", command);
        }
        var output = args.Get("--output") ?? throw new UsageException("--output FILE is required: where to write the report", command);
        var language = args.Get("--lang") ?? "fi";
        var culture = ReportWordsIn.Language(language) ?? throw new UsageException($"--lang must be fi, sv or en, not '{language}'", command);
        var period = args.Get("--period");
        if (kind == ReportKind.Final && period is not null)
        {
            throw new UsageException("the final report covers the whole project: leave out --period", command);
        }
        if (kind == ReportKind.Status && string.IsNullOrWhiteSpace(period))
        {
            throw new UsageException("--period P is required for a status report, e.g. --period 2026-H2", command);
        }

        var settings = context.Settings();
        var today = DateOnly.FromDateTime(DateTime.Now);
        var (source, made) = await UseDatabaseAsync(settings, context.Cancel,
            db => ReportMaker.MakeAsync(db, id, kind, period, ReportWordsIn.Culture(culture), today, context.Cancel));
        if (made?.Document is not { } document)
        {
            var problem = made?.Problem ?? source.Problem ?? "the report could not be made";
            throw new CliFailure(source.NotFound ? $"{Name} report: no project with id {id} in {settings.Describe()}" : $"{Name} report: {problem}");
        }
        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new CliFailure($"{Name} report: the folder of --output does not exist: {directory}");
        }
        await using (var file = File.Create(output))
        {
            switch (format)
            {
                case "docx":
                    DocxWriter.Write(document, file);
                    break;
                case "xlsx":
                    XlsxWriter.Write(document, file);
                    break;
                default:
                    await using (var writer = new StreamWriter(file, new System.Text.UTF8Encoding(false)))
                    {
                        await writer.WriteAsync(HtmlWriter.Write(document, culture.TwoLetterISOLanguageName));
                    }
                    break;
            }
        }
        await context.Out.WriteLineAsync($"{document.Title}: {document.Subtitle} → {output}");
        return 0;
    }
}
