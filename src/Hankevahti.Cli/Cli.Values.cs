using System.Text;
using Hankevahti.Following.Values;
using Hankevahti.Storage.Following;

namespace Hankevahti.Cli;

public static partial class Cli
{
    private const string ValuesSummary = "Import measured indicator values from a CSV file as drafts";

    private const string ValuesHelp = """
        Usage: hankevahti values import --project ID FILE [--data DIR]

        Imports measured indicator values (docs/following.md) from a CSV file (UTF-8) with a header
        row: indicator (the indicator's id or its name), period (a code of the project's reporting
        periods, e.g. 2026-H2), value (as the indicator's kind says: 12,5 or 12.5, a percentage
        0–100, kyllä/ei, a self-assessment 1–5), comment (optional). Fields are separated by ';' or
        ','; Finnish, Swedish or English column names are accepted (mittari;kausi;arvo;kommentti).
        Values are stored as drafts for the project as a whole; a value already stored as a draft or
        returned is replaced.

        All or nothing: a bad row refuses the whole file with its row number and what was expected,
        and nothing is stored. A value that is already submitted or approved refuses the file too.

        Options:
          --project ID   the project's id (see 'hankevahti projects'; required)
          --data DIR     SQLite data folder (see 'hankevahti --help')

        Exit codes: 0 stored, 1 the file or a row was refused (nothing stored), 2 usage.
        """;

    private static async Task<int> ValuesAsync(Arguments args, Context context)
    {
        var (verb, rest) = Verb(args, "values", ["import"]);
        var command = "values " + verb;
        Only(args, command, "--project");
        var projectId = ProjectId(args, command);
        if (rest.Count != 1)
        {
            throw new UsageException(rest.Count == 0 ? "give the CSV file to import" : $"unexpected argument '{rest[1]}'; give one file", command);
        }
        var file = rest[0];
        if (!File.Exists(file))
        {
            throw new CliFailure($"{Name} {command}: no such file: {file}");
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(await File.ReadAllBytesAsync(file, context.Cancel));
        }
        catch (DecoderFallbackException)
        {
            throw new CliFailure($"{Name} {command}: {file} is not UTF-8 text; save it as CSV UTF-8");
        }
        var (rows, problem) = ValueCsv.Read(text);
        if (problem is not null)
        {
            throw new CliFailure($"{Name} {command}: {file}: {problem}; nothing was stored");
        }
        var stored = await UseDatabaseAsync(context.Settings(), context.Cancel, async db =>
        {
            var valueContext = await IndicatorValues.ContextAsync(db, projectId, context.Cancel)
                ?? throw new CliFailure($"{Name} {command}: no project with id {projectId}");
            if (valueContext.Calendar.Problem is { } noPeriods)
            {
                throw new CliFailure($"{Name} {command}: {noPeriods}; nothing was stored");
            }
            var entries = new List<ValueEntry>();
            foreach (var row in rows)
            {
                var (entry, refused) = ValueEntries.Check(valueContext.Plan, valueContext.Calendar.Periods, row.Indicator, row.Period, "", row.Value, row.Comment, IndicatorValues.MaxComment);
                if (entry is null)
                {
                    throw new CliFailure($"{Name} {command}: {file}: row {row.Row}: {refused!.English}; nothing was stored");
                }
                if (entries.Any(e => e.IndicatorId == entry.IndicatorId && e.PeriodCode == entry.PeriodCode))
                {
                    throw new CliFailure($"{Name} {command}: {file}: row {row.Row}: a second value for {entry.IndicatorId} in {entry.PeriodCode}; expected one row per indicator and period; nothing was stored");
                }
                entries.Add(entry);
            }
            var (count, refusedAt, refusal) = await IndicatorValues.ImportAsync(db, projectId, entries, context.Cancel);
            if (refusedAt is { } index)
            {
                throw new CliFailure($"{Name} {command}: {file}: row {rows[index].Row}: {refusal!.English}; nothing was stored");
            }
            return count;
        });
        await context.Out.WriteAsync($"{Name} {command}: {stored} values stored as drafts in project {projectId}\n");
        return 0;
    }
}
