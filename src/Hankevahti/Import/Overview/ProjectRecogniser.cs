using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Overview;

/// <summary>Title, programme and period of the project, mostly from the title page.</summary>
public sealed partial class ProjectRecogniser : IRecogniser
{
    public void Run(ImportContext context)
    {
        var scan = context.Scan;
        var project = context.Plan.Project;
        var title = TitleFinder.Find(context.Root);
        if (title is not null)
        {
            project = project with { Name = title.Name, Source = title.Block.Source };
            // A heading stays the section's title and a table row its table's; only a line that is the title is placed.
            if (title.Whole)
            {
                context.Claim(title.Block);
            }
        }
        else if (project.Name.Length == 0 && NameFromFile(context.File) is { Length: > 0 } fromFile)
        {
            // A project without a name cannot be told apart in a list; the file's name is what the user
            // called it. The note says so, so that the name is corrected rather than taken for the plan's.
            project = project with { Name = fromFile };
            context.Notes.Add(new ImportNote
            {
                Severity = NoteSeverity.Warning,
                Code = ImportNoteCodes.NameFromFile,
                Message = $"{context.File}: no project name was found on the title page; the file's name \"{fromFile}\" is used until it is corrected.",
            });
        }
        var programme = ProgrammeFinder.Find(context, scan);
        if (programme is not null)
        {
            project = project with { Programme = ProgrammeFinder.ToProgramme(programme, context) };
            // A banner that holds only the programme and the document type is fully placed.
            if (programme.Block is { } banner && context.Root.Blocks.Contains(banner) && !context.IsClaimed(banner)
                && BannerRest(BlockScan.TextOf(banner) ?? "").Length == 0)
            {
                context.Claim(banner);
            }
        }
        var period = PeriodFinder.Find(scan);
        if (period is not null)
        {
            project = project with { Period = period.Range };
            if (period.FromSchedule)
            {
                context.Info(ImportNoteCodes.PeriodFromSchedule, $"The project period {period.Range.Text} is read from the schedule table's first and last columns.", period.Source);
            }
            if (project.Source is null)
            {
                project = project with { Source = period.Source };
            }
        }
        context.Plan = context.Plan with { Project = project };
    }

    /// <summary>"hankesuunnitelma_2026-v2.docx" → "hankesuunnitelma 2026-v2": the name without its extension and underscores.</summary>
    internal static string NameFromFile(string file) =>
        CleanText.OneLine(Path.GetFileNameWithoutExtension(file).Replace('_', ' '));

    private static string BannerRest(string text)
    {
        var t = CleanText.OneLine(text);
        t = Programme().Replace(t, " ");
        t = DocWord().Replace(t, " ");
        return t.Trim(' ', '-', '–', ':', ',');
    }

    [GeneratedRegex(@"hyvän\s+työn\s+ohjelma\w*|(suomen\s+)?kestävän\s+kasvun\s+ohjelma\w*|tulevaisuuden\s+sote-keskus\s*-?\s*ohjelma\w*", RegexOptions.IgnoreCase)]
    private static partial Regex Programme();

    [GeneratedRegex(@"\bhankesuunnitelma\b", RegexOptions.IgnoreCase)]
    private static partial Regex DocWord();
}
