using System.Text.RegularExpressions;
using Hankevahti.Plans;

namespace Hankevahti.Import.Work;

/// <summary>Reads a part's heading ("Osa-alue 1 – …", "PILARI 4: …", "Investointi 1: …", "Työpaketti 1.4A: …") into kind, label, code and title.</summary>
public static partial class WorkParts
{
    public readonly record struct PartHeading(WorkPartKind Kind, string Label, string Code, string Title);

    public static PartHeading? Parse(SectionNode section)
    {
        var kind = section.Kind switch
        {
            SectionKinds.Part => WorkPartKind.Part,
            SectionKinds.Pillar => WorkPartKind.Pillar,
            SectionKinds.Investment => WorkPartKind.Investment,
            SectionKinds.WorkPackage => WorkPartKind.WorkPackage,
            _ => (WorkPartKind?)null,
        };
        if (kind is null)
        {
            return null;
        }
        var m = Heading().Match(CleanText.Inline(section.Title));
        if (!m.Success)
        {
            return null;
        }
        var title = m.Groups["title"].Value.Trim();
        // "PILARI 3: -" is a pillar the plan names but leaves without a title.
        if (title.Trim('-', '–', ' ').Length == 0)
        {
            title = "";
        }
        return new PartHeading(kind.Value, m.Groups["label"].Value, m.Groups["code"].Value, title);
    }

    [GeneratedRegex(@"^(?<label>[\p{L}-]+?)\s*(?<code>\d+(\.\d+)?[A-Z]?)\b\.?\s*[:.–—-]?\s*(?<title>.*)$")]
    private static partial Regex Heading();
}
