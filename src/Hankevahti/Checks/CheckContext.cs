using Hankevahti.Checks.Profiles;
using Hankevahti.Plans;

namespace Hankevahti.Checks;

/// <summary>A section of the plan with its JSON path and its place in document order.</summary>
public sealed record SectionEntry(Section Section, string Path, int Depth, SectionEntry? Parent)
{
    public string? Number => Section.Number;
    public string Title => Section.Title;
    public string? Kind => Section.Kind;
    public int? Line => Section.Source?.Line;

    /// <summary>"6.5 Riskit", for messages.</summary>
    public string Label => string.IsNullOrEmpty(Number) || Title.StartsWith(Number, StringComparison.Ordinal) ? Title : $"{Number} {Title}";
}

/// <summary>A node of the work tree with its JSON path and the nodes above it.</summary>
public sealed record WorkEntry(WorkPart Part, string Path, IReadOnlyList<WorkPart> Ancestors);

/// <summary>
/// What every rule gets: the plan, the programme profile, and ways to name places — the section a
/// source line falls in, the section of a template kind, the work tree with paths.
/// </summary>
public sealed class CheckContext
{
    public CheckContext(Plan plan, ProgrammeProfile profile)
    {
        Plan = plan;
        Profile = profile;
        var sections = new List<SectionEntry>();
        AddSections(plan.Sections, "sections", 0, null, sections);
        Sections = sections;
        var work = new List<WorkEntry>();
        AddWork(plan.Work, "work", [], work);
        Work = work;
    }

    public Plan Plan { get; }
    public ProgrammeProfile Profile { get; }

    /// <summary>All sections, depth first, in document order.</summary>
    public IReadOnlyList<SectionEntry> Sections { get; }

    /// <summary>All work parts, depth first.</summary>
    public IReadOnlyList<WorkEntry> Work { get; }

    /// <summary>The file the plan was imported from, or null for a plan made or edited in Hankevahti.</summary>
    public string? File => Plan.Import?.File;

    /// <summary>The innermost section a source line falls in: the last section in document order starting at or before it.</summary>
    public SectionEntry? SectionAt(SourceRef? source)
    {
        // A text file's places are lines; a Word file's are paragraphs in document order. Either orders the
        // sections the same way, so the section a place stands in is the last one starting at or before it.
        Func<SourceRef?, int?> position = source?.Line is not null ? s => s?.Line : s => s?.Paragraph;
        if (position(source) is not { } at)
        {
            return null;
        }
        SectionEntry? found = null;
        int? foundStart = null;
        foreach (var s in Sections)
        {
            if (position(s.Section.Source) is { } start && start <= at && (foundStart is not { } best || start >= best))
            {
                found = s;
                foundStart = start;
            }
        }
        return found;
    }

    /// <summary>The first section of one of the template kinds ("risks", "budget"), for places a stored plan cannot locate by line.</summary>
    public SectionEntry? SectionOfKind(params string[] kinds) =>
        Sections.FirstOrDefault(s => s.Kind is not null && kinds.Contains(s.Kind, StringComparer.Ordinal));

    /// <summary>
    /// The lines a section covers: from its heading to the line before the next section that is not
    /// inside it (its own subsections included). The end is null for the last one.
    /// </summary>
    public (int Start, int? End)? LinesOf(SectionEntry section)
    {
        if (section.Line is not { } start)
        {
            return null;
        }
        var at = IndexOf(section);
        for (var i = at + 1; i < Sections.Count; i++)
        {
            if (Sections[i].Depth <= section.Depth && Sections[i].Line is { } next && next > start)
            {
                return (start, next - 1);
            }
        }
        return (start, null);
    }

    public IEnumerable<SectionEntry> Descendants(SectionEntry section) => Sections.Where(s => IsWithin(s, section));

    /// <summary>A place for a value of the model: its path and source, in the section its line falls in (or the first section of a kind).</summary>
    public FindingPlace Place(string path, SourceRef? source, string? quote = null, params string[] sectionKinds)
    {
        var section = SectionAt(source) ?? (sectionKinds.Length > 0 ? SectionOfKind(sectionKinds) : null);
        return new FindingPlace
        {
            Path = path,
            Source = WithFile(source),
            Quote = Shorten(quote),
            SectionNumber = section?.Number,
            SectionTitle = section?.Title,
        };
    }

    /// <summary>A place in a section's text, with the words concerned (the source locator finds their line for an imported file).</summary>
    public FindingPlace PlaceInText(SectionEntry section, string? quote) => new()
    {
        Path = section.Path + ".text",
        Source = WithFile(section.Section.Source),
        Quote = Shorten(quote),
        SectionNumber = section.Number,
        SectionTitle = section.Title,
    };

    private SourceRef? WithFile(SourceRef? source) =>
        source is null ? null : source.File is null && File is not null ? source with { File = File } : source;

    /// <summary>Quotes are for a line of output; long ones are cut at a word.</summary>
    public static string? Shorten(string? quote, int max = 120)
    {
        if (quote is null)
        {
            return null;
        }
        var flat = string.Join(' ', quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= max)
        {
            return flat;
        }
        var cut = flat.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? flat[..cut] : flat[..(max - 1)]) + "…";
    }

    private int IndexOf(SectionEntry section)
    {
        for (var i = 0; i < Sections.Count; i++)
        {
            if (ReferenceEquals(Sections[i], section))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsWithin(SectionEntry s, SectionEntry ancestor)
    {
        for (var p = s.Parent; p is not null; p = p.Parent)
        {
            if (ReferenceEquals(p, ancestor))
            {
                return true;
            }
        }
        return false;
    }

    private static void AddSections(List<Section> sections, string path, int depth, SectionEntry? parent, List<SectionEntry> into)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            var entry = new SectionEntry(sections[i], $"{path}[{i}]", depth, parent);
            into.Add(entry);
            AddSections(sections[i].Children, $"{entry.Path}.children", depth + 1, entry, into);
        }
    }

    private static void AddWork(List<WorkPart> parts, string path, IReadOnlyList<WorkPart> above, List<WorkEntry> into)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var entry = new WorkEntry(parts[i], $"{path}[{i}]", above);
            into.Add(entry);
            AddWork(parts[i].Children, $"{entry.Path}.children", [.. above, parts[i]], into);
        }
    }
}
