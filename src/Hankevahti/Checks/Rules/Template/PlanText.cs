using Hankevahti.Plans;

namespace Hankevahti.Checks.Rules.Template;

/// <summary>Where a text of the plan stands: a section's heading, a section's body, or a field of the structured model.</summary>
public enum PlanTextKind
{
    SectionTitle,
    SectionText,
    Field,
}

/// <summary>
/// One text of the plan with its JSON path, the source of the object holding it, and the section
/// when it is a section's own heading or body. Template leftovers can stand anywhere, so the rules
/// look at all of them and point to where each stood.
/// </summary>
public sealed record PlanText(PlanTextKind Kind, string Path, string Text, SourceRef? Source, SectionEntry? Section)
{
    /// <summary>The top-level part of the plan the text belongs to ("versions", "risks"; "sections" for section texts).</summary>
    public string Area => Path.Split('.', '[')[0];

    /// <summary>A place for words of this text, pointing to the section, the path and the source line.</summary>
    public FindingPlace Place(CheckContext context, string quote)
    {
        switch (Kind)
        {
            case PlanTextKind.SectionText:
                return context.PlaceInText(Section!, quote);
            case PlanTextKind.SectionTitle:
                return context.Place(Path, Source, quote) with { SectionNumber = Section!.Number, SectionTitle = Section.Title };
            default:
                return context.Place(Path, Source, quote, PlanAreas.SectionKinds(Area));
        }
    }
}
