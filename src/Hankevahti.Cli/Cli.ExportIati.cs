using System.Globalization;
using Hankevahti.Export.Iati;
using Hankevahti.Web.Export;
using Hankevahti.Web.Security;

namespace Hankevahti.Cli;

public static partial class Cli
{
    /// <summary>
    /// export --format iati: one project (--project) or a programme's projects (--programme), as an IATI 2.03 file.
    /// The command line sees every project, as the local owner does in the web.
    /// </summary>
    private static async Task<int> ExportIatiAsync(Arguments args, Context context)
    {
        const string command = "export";
        var projectText = args.Get("--project");
        var programme = args.Get("--programme");
        if ((projectText is null) == (programme is null))
        {
            throw new UsageException("--format iati needs either --project ID or --programme KEY (one of them)", command);
        }
        var id = 0;
        if (projectText is not null && (!int.TryParse(projectText, NumberStyles.None, CultureInfo.InvariantCulture, out id) || id <= 0))
        {
            throw new UsageException($"--project must be a project id (a positive whole number), not '{projectText}'", command);
        }
        if (programme is not null && Hankevahti.Checks.Profiles.ProfileCatalog.Programme(programme) is null)
        {
            throw new UsageException($"--programme: no programme '{programme}': expected one of {string.Join(", ", Storage.People.FunderProgrammes.Known)} (or an alias)", command);
        }
        var options = IatiExporter.Options(Configuration());
        if (args.Get("--reporting-org") is { } reference)
        {
            options = options with { ReportingOrgReference = reference };
        }
        if (options.Problem() is { } problem)
        {
            throw new UsageException($"--reporting-org: {problem}", command);
        }
        var output = args.Get("--output");

        var settings = context.Settings();
        var now = DateTimeOffset.UtcNow;
        var export = await UseDatabaseAsync<IatiExport?>(settings, context.Cancel, async db => programme is null
            ? await IatiExporter.ProjectAsync(db, id, options, now, context.Cancel)
            : await IatiExporter.ProgrammeAsync(db, programme, ProjectScope.All, options, now, context.Cancel))
            ?? throw new CliFailure($"{Name} export: no project with id {id} in {settings.Describe()}");
        foreach (var skipped in export.Skipped)
        {
            await context.Error.WriteLineAsync($"{Name} export: left out {skipped}");
        }
        if (export.Document is not { } document)
        {
            throw new CliFailure($"{Name} export: {export.Problem}");
        }
        var bytes = IatiDocument.Bytes(document);
        if (output is null)
        {
            await context.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(bytes));
            return 0;
        }
        try
        {
            await File.WriteAllBytesAsync(output, bytes, context.Cancel);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliFailure($"{Name} export: cannot write '{output}': {OneLine(ex)}");
        }
        await context.Error.WriteLineAsync($"{Name} export: {export.Activities} IATI activities → {output}");
        return 0;
    }
}
