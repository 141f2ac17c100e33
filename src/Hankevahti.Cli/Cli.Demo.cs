using System.Globalization;
using Hankevahti.Demo.Portfolio;
using Hankevahti.Storage.Demo;

namespace Hankevahti.Cli;

public static partial class Cli
{
    private const string DemoHelp = """
        Usage: hankevahti demo portfolio --projects N [--seed S] [--as-of YYYY-MM-DD] [--data DIR]

        Fills the database with a synthetic national portfolio (docs/demo-portfolio.md) for demos and
        benchmarks: N projects of the shipped programmes, led by the 21 wellbeing services counties,
        HUS and Helsinki, with plans (work parts, budgets, funding, indicators, risks) and their
        follow-up up to the day seen: indicator values, ledger rows, action status and reports. The
        same seed and day give the same portfolio. The projects are added to what the database holds.
        Prints progress on standard error, then the time taken, rows per table and the database size.

        Options:
          --projects N       how many projects (1 to 1000000; required)
          --seed S           the random seed, a whole number (default 1)
          --as-of DATE       the day the portfolio is seen on (default today, UTC): follow-up runs up to it
          --data DIR         SQLite data folder; PostgreSQL when configured (see 'hankevahti --help')

        Exit codes: 0 stored, 1 the database failed, 2 usage.
        """;

    private static async Task<int> DemoAsync(Arguments args, Context context)
    {
        var (verb, rest) = Verb(args, "demo", ["portfolio"]);
        var command = "demo " + verb;
        NoMore(rest, command);
        var projectsText = Required(args, "--projects", command, "how many projects to generate, e.g. --projects 1000");
        if (!int.TryParse(projectsText, NumberStyles.None, CultureInfo.InvariantCulture, out var projects) || projects is < 1 or > PortfolioSpec.MaxProjects)
        {
            throw new UsageException($"--projects must be a whole number from 1 to {PortfolioSpec.MaxProjects}, not '{projectsText}'", command);
        }
        var seedText = args.Get("--seed") ?? "1";
        if (!int.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed))
        {
            throw new UsageException($"--seed must be a whole number, not '{seedText}'", command);
        }
        var asOf = DateOnly.FromDateTime(DateTime.UtcNow);
        if (args.Get("--as-of") is { } asOfText && !DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
        {
            throw new UsageException($"--as-of must be a date written YYYY-MM-DD, not '{asOfText}'", command);
        }
        var spec = new PortfolioSpec(projects, seed, asOf);
        var settings = context.Settings();
        await context.Out.WriteLineAsync($"{Name} {command}: {projects} projects, seed {seed}, as of {asOf:yyyy-MM-dd}, on {settings.Describe()}");
        var result = await UseDatabaseAsync(settings, context.Cancel, db =>
            PortfolioWriter.WriteAsync(db, PortfolioGenerator.Generate(spec), projects,
                p => context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{Name} {command}: {p.Projects}/{p.Total} projects, {p.Rows} rows, {p.Elapsed.TotalSeconds:0.0} s")),
                ct: context.Cancel));
        var seconds = result.Elapsed.TotalSeconds;
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{Name} {command}: done in {seconds:0.0} s: {result.TotalRows} rows ({result.TotalRows / Math.Max(seconds, 0.001):0} rows/s), database {result.DatabaseBytes / 1048576.0:0.0} MiB"));
        foreach (var (table, count) in result.Rows)
        {
            await context.Out.WriteLineAsync($"{table}\t{count}");
        }
        return 0;
    }
}
