using System.Text.RegularExpressions;
using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Schedules;

/// <summary>What a part's text says about its schedule when its actions have none.</summary>
internal enum ScheduleTextKind
{
    /// <summary>No schedule heading or section at all.</summary>
    Missing,
    /// <summary>A schedule heading with nothing under it, or only a figure caption: the chart was an image that did not come along.</summary>
    EmptyHeading,
    /// <summary>The schedule is told in words ("vuosien 2020–2021 aikana"), not per action.</summary>
    Prose,
}

/// <param name="Shared">The schedule text stands outside every part (a plan-level "Aikataulu" section), so it serves several parts.</param>
internal sealed record ScheduleText(ScheduleTextKind Kind, SectionEntry? Section, string? Heading, bool Shared = false)
{
    private static readonly string[] PartKinds = ["part", "pillar", "investment", "workPackage"];

    // Years, months, quarters and seasons: the words a schedule told in prose cannot do without. "Vuosi"
    // alone is not one of them: cost paragraphs say "1. vuosi" of a rent.
    private static readonly Regex TimeWords = new(
        @"\b(19|20)\d{2}\b|\bQ[1-4]\b|\b(tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu|\bsyksy|\bsyksyllä|\bkevä[tä]|\btalve[nl]|\b\d{1,2}/\d{4}\b|\b\d{1,2}\.\d{1,2}\.\d{4}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A caption or pointer to a picture is all that is left of a chart exported as text.
    private static readonly Regex Caption = new(@"^(kuva|kuvio|figure)\b|kuva(ssa|sta)\b|alla olevassa", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex HeadingLine = new(@"aikataulu", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Looks in the part's section and its subsections, then in a schedule section outside every part.</summary>
    public static ScheduleText Of(CheckContext context, WorkEntry part)
    {
        var own = SectionOf(context, part);
        var places = own is null ? [] : new[] { own }.Concat(context.Descendants(own)).ToList();
        if (FindIn(places) is { } inPart)
        {
            return inPart;
        }
        var shared = FindIn(context.Sections.Where(s => IsSchedule(s) && !InPart(s)).ToList());
        return shared is null ? new(ScheduleTextKind.Missing, own, null) : shared with { Shared = true };
    }

    /// <summary>The section a part's heading starts: the one at the part's line (or the part section it falls in), else one numbered with its code.</summary>
    public static SectionEntry? SectionOf(CheckContext context, WorkEntry part)
    {
        if (part.Part.Source?.Line is { } line)
        {
            // The section the part's line falls in is its own only when it is a part's heading; otherwise it
            // is a section (a plan-level schedule) that merely precedes the part's text.
            return context.Sections.FirstOrDefault(s => s.Line == line)
                ?? (context.SectionAt(part.Part.Source) is { Kind: { } kind } at && PartKinds.Contains(kind) ? at : null);
        }
        var code = part.Part.Code?.Trim();
        return string.IsNullOrEmpty(code) ? null
            : context.Sections.FirstOrDefault(s => s.Kind is not null && PartKinds.Contains(s.Kind) && string.Equals(s.Number, code, StringComparison.OrdinalIgnoreCase));
    }

    private static ScheduleText? FindIn(IReadOnlyList<SectionEntry> sections)
    {
        foreach (var section in sections)
        {
            if (IsSchedule(section))
            {
                return new(Classify(section.Section.Text, isSection: true), section, section.Title);
            }
            var lines = (section.Section.Text ?? "").Split('\n').Select(l => l.Trim()).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                var alone = (i == 0 || lines[i - 1].Length == 0) && (i + 1 == lines.Count || lines[i + 1].Length == 0);
                if (!IsHeading(lines[i], alone))
                {
                    continue;
                }
                var next = lines.Skip(i + 1).FirstOrDefault(l => l.Length > 0);
                return new(Classify(next, isSection: false), section, lines[i].TrimEnd(':', ' '));
            }
        }
        return null;
    }

    /// <param name="body">A schedule section's text, or the paragraph after a schedule heading in a text.</param>
    /// <param name="isSection">
    /// A schedule section that says something without a date ("tarkennetaan myöhemmin") gives no schedule but
    /// lost nothing; after a heading in a text, the next paragraph is about something else, so the heading is empty.
    /// </param>
    private static ScheduleTextKind Classify(string? body, bool isSection)
    {
        var text = (body ?? "").Trim();
        if (text.Length == 0 || IsCaptionOnly(text))
        {
            return ScheduleTextKind.EmptyHeading;
        }
        if (TimeWords.IsMatch(text))
        {
            return ScheduleTextKind.Prose;
        }
        return isSection ? ScheduleTextKind.Missing : ScheduleTextKind.EmptyHeading;
    }

    /// <summary>"Työpaketin 3 alustava aikataulu:" — a short line about the schedule that introduces what follows.</summary>
    private static bool IsHeading(string line, bool alone) =>
        HeadingLine.IsMatch(line) && !line.StartsWith('-') && !line.StartsWith('•')
        && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8
        && (line.EndsWith(':') || (alone && !line.EndsWith('.')));

    private static bool IsSchedule(SectionEntry s) =>
        s.Kind == "schedule" || HeadingLine.IsMatch(s.Title ?? "");

    private static bool InPart(SectionEntry s)
    {
        for (var p = s.Parent; p is not null; p = p.Parent)
        {
            if (p.Kind is not null && PartKinds.Contains(p.Kind))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A caption alone ("Kuva 4 Työpaketin aikataulu") says the chart was a picture.</summary>
    public static bool IsCaptionOnly(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(l => Caption.IsMatch(l));
}
