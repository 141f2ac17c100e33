using System.Globalization;
using Hankevahti.Following;
using Hankevahti.Following.Ledger;
using Hankevahti.Storage.Following;
using Hankevahti.Storage.Projects;

namespace Hankevahti.Cli;

public static partial class Cli
{
    private const string CostsHelp = """
        Usage: hankevahti costs import --project ID FILE [--organisation NAME] [--mapping FILE] [--data DIR]

        Imports a ledger export (pääkirjaote) of one organisation of the project as actual costs
        (docs/following.md, "Ledger import"): CSV separated by ; , or tab (UTF-8 or Windows-1252,
        Finnish amounts "1 234,56" and dates 2.3.2026) or .xlsx, with headings such as Tosite, Rivi,
        Pvm, Tili, Tilin nimi, Kustannuspaikka, Projekti, Summa, Selite. Accounts map to the plan's
        cost categories by the municipal chart of accounts (4000–4999 operating expenses), cost
        centres to work parts by the organisation's saved mapping and --mapping. Rows are keyed by
        voucher and line: importing the same file again adds nothing.

        Prints the rows read and added, the cost centres that map to no work part (they count for
        the project as a whole) with their sums, and the sums per cost category.

        Options:
          --project ID          the project's id, as 'hankevahti projects' lists it (required)
          --organisation NAME   whose ledger it is: one of the plan's organisations, by name or
                                short name (default: the lead applicant)
          --mapping FILE        CSV lines kind;source;target laid over the saved mapping for this
                                import: account;4400-4499;servicesExpert or cost_centre;KP1001;1
          --data DIR            SQLite data folder (see 'hankevahti --help')

        Exit code 0 when imported; 1 when the file is refused (each bad row printed as
        FILE: row N: … expected …, and nothing is stored) or the project does not exist; 2 on bad usage.
        """;

    private static async Task<int> CostsAsync(Arguments args, Context context)
    {
        const string command = "costs";
        if (args.Positional.Count == 0 || args.Positional[0] != "import")
        {
            throw new UsageException("give a subcommand: costs import --project ID FILE", command);
        }
        if (args.Positional.Count != 2)
        {
            throw new UsageException("give one FILE: the ledger export to import (.csv or .xlsx)", command);
        }
        var projectText = args.Get("--project")
            ?? throw new UsageException("--project ID is required: the id of the project the costs are for (see 'hankevahti projects')", command);
        if (!int.TryParse(projectText, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            throw new UsageException($"--project must be a project id (a positive whole number), not '{projectText}'", command);
        }
        var file = args.Positional[1];
        var name = Path.GetFileName(file);
        if (!File.Exists(file))
        {
            throw new CliFailure($"{name}: no such file");
        }
        var settings = context.Settings();
        return await UseDatabaseAsync(settings, context.Cancel, async db =>
        {
            var stored = await db.LatestPlanAsync(id, context.Cancel) ?? throw new CliFailure($"{Name} costs: no project with id {id} in {settings.Describe()}");
            LedgerMapping? extra = null;
            if (args.Get("--mapping") is { } mappingFile)
            {
                if (!File.Exists(mappingFile))
                {
                    throw new CliFailure($"{Path.GetFileName(mappingFile)}: no such file");
                }
                using var reader = new StreamReader(mappingFile);
                var parts = stored.Plan is null ? null : LedgerParts(stored.Plan);
                var (mapping, errors) = MappingFile.Parse(reader, parts);
                if (mapping is null)
                {
                    foreach (var e in errors)
                    {
                        await context.Error.WriteAsync($"{Path.GetFileName(mappingFile)}: {e.Message}\n");
                    }
                    return 1;
                }
                extra = mapping;
            }
            await using var stream = File.OpenRead(file);
            var result = await LedgerImports.ImportAsync(db, id, args.Get("--organisation"), name, stream, extra, context.Cancel);
            switch (result.Outcome)
            {
                case LedgerImportOutcome.NotFound:
                    throw new CliFailure($"{Name} costs: project {id} has no plan that reads");
                case LedgerImportOutcome.UnknownOrganisation:
                    throw new CliFailure($"{Name} costs: organisation '{result.Organisation}': expected one of the plan's organisations: {string.Join("; ", result.Organisations)}");
                case LedgerImportOutcome.Refused:
                    foreach (var e in result.Errors)
                    {
                        await context.Error.WriteAsync($"{name}: {e.Message}\n");
                    }
                    await context.Error.WriteAsync($"{name}: refused, nothing stored ({result.Errors.Count} problem(s) shown)\n");
                    return 1;
            }
            var o = context.Out;
            await o.WriteAsync($"{name}: {result.Organisation}: rows read {result.RowsRead}, added {result.RowsAdded}\n");
            var summary = result.Summary!;
            if (summary.Unmapped.Count > 0)
            {
                await o.WriteAsync("unmapped cost centres (counted for the project as a whole):\n");
                foreach (var u in summary.Unmapped)
                {
                    await o.WriteAsync($"  {(u.CostCentre.Length == 0 ? "(none)" : u.CostCentre)}\t{u.Rows} rows\t{Money(u.Sum)}\n");
                }
            }
            await o.WriteAsync("per cost category:\n");
            foreach (var (category, sum) in summary.ByCategory)
            {
                await o.WriteAsync($"  {FollowUpNames.Category(category)}\t{Money(sum)}\n");
            }
            await o.WriteAsync($"  total\t{Money(summary.Total)}\n");
            return 0;
        });
    }

    private static IReadOnlyCollection<string> LedgerParts(Hankevahti.Plans.Plan plan) =>
        Hankevahti.Vocabulary.WorkLookup.AllParts(plan.Work).Select(p => p.Code).Where(c => c.Length > 0).Distinct().ToList();

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
