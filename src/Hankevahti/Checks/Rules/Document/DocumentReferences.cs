using System.Text.RegularExpressions;
using Hankevahti.Checks.Rules.Codes;

namespace Hankevahti.Checks.Rules.Document;

public enum ReferenceKind { Section, Figure, Table, Annex }

/// <summary>A reference in prose to a part of the document: "luvussa 5", "kohdassa 3.4", "kuvassa 2", "liitteessä 4".</summary>
public sealed record DocumentReference(ReferenceKind Kind, string Words, string Number);

/// <summary>
/// Reads references to sections, figures, tables and annexes from text, and what of them the plan has.
/// References to another document's numbering ("hankeoppaan kohdan 3.3.1") are left out, as are
/// numbers that are amounts, ranges or decimals.
/// </summary>
public static partial class DocumentReferences
{
    public static IEnumerable<DocumentReference> In(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }
        foreach (Match m in Reference().Matches(text))
        {
            if (TextReferences.IsForeign(text, m.Index))
            {
                continue;
            }
            var word = m.Groups["word"].Value.ToLowerInvariant();
            var kind = word.StartsWith("kuv", StringComparison.Ordinal) ? ReferenceKind.Figure
                : word.StartsWith("tau", StringComparison.Ordinal) ? ReferenceKind.Table
                : word.StartsWith("lii", StringComparison.Ordinal) ? ReferenceKind.Annex
                : ReferenceKind.Section;
            yield return new DocumentReference(kind, m.Value, m.Groups["n"].Value);
        }
    }

    /// <summary>"4." and "4" are the same section; "Liite 1" numbers are their digits.</summary>
    public static string NumberKey(string? number) => (number ?? "").Trim().TrimEnd('.');

    /// <summary>
    /// The section numbers the plan has, with the numbers their subsections imply ("3.3.1" implies "3.3" and "3").
    /// </summary>
    public static HashSet<string> SectionNumbers(CheckContext context)
    {
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in context.Sections)
        {
            Add(numbers, NumberKey(s.Number));
        }
        // A numbered heading the import did not recognise stays in the text as a line "6 Riskit";
        // it still exists for the reader, so it counts (this only makes the rule more cautious).
        if (numbers.Count > 0)
        {
            foreach (var s in context.Sections.Where(s => s.Kind != "contents"))
            {
                foreach (var line in TextLines.Of(s.Section.Text).Where(l => !l.IsListItem))
                {
                    if (HeadingLine().Match(line.Text) is { Success: true } h)
                    {
                        Add(numbers, h.Groups["n"].Value);
                    }
                }
            }
        }
        return numbers;
    }

    private static void Add(HashSet<string> numbers, string key)
    {
        if (!Dotted().IsMatch(key))
        {
            return;
        }
        for (var n = key; n.Length > 0; n = n.Contains('.') ? n[..n.LastIndexOf('.')] : "")
        {
            numbers.Add(n);
        }
    }

    /// <summary>Numbers of the figures, tables or annexes the plan has: captions in the text, and annex headings.</summary>
    public static HashSet<string> Existing(CheckContext context, ReferenceKind kind)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in context.Sections.Where(s => s.Kind != "contents"))
        {
            if (kind == ReferenceKind.Annex)
            {
                foreach (var heading in new[] { s.Number, s.Title })
                {
                    if (heading is not null && AnnexHeading().Match(heading) is { Success: true } h)
                    {
                        found.Add(h.Groups["n"].Value);
                    }
                }
            }
        }
        // A caption may stand anywhere the import put it: in a section's text, as a section's title, inside a
        // structured field (a part's description, a table cell) — all of the plan's texts are looked through,
        // whatever the numbering of the section they are in.
        foreach (var text in Template.PlanTexts.Of(context))
        {
            foreach (var line in TextLines.Of(text.Text))
            {
                var c = Caption().Match(line.Text);
                if (c.Success && KindOf(c.Groups["word"].Value) == kind)
                {
                    found.Add(c.Groups["n"].Value);
                }
            }
        }
        return found;
    }

    private static ReferenceKind KindOf(string word) => word.ToLowerInvariant() switch
    {
        var w when w.StartsWith("kuv", StringComparison.Ordinal) => ReferenceKind.Figure,
        var w when w.StartsWith("tau", StringComparison.Ordinal) => ReferenceKind.Table,
        _ => ReferenceKind.Annex,
    };

    // The word in the inflections plans use, then a number that is not part of an amount, a decimal, a
    // range or a longer number. "luvut" (figures, amounts) and "lukua" are not chapter references.
    [GeneratedRegex(@"(?<![\w-])(?<word>(?i:luvu(?:ssa|sta|un|n|lla)|luku|kohda(?:ssa|sta|n|lla)|kohtaan|kohta|osio(?:ssa|sta|on|n)?|kuv(?:a|an|assa|asta|aan|ana|io|ion|iossa|iosta|ioon)|taulukko|taulukon|taulukossa|taulukosta|taulukkoon|taulukkona|liite|liitteen|liitteessä|liitteestä|liitteeseen|liitteenä|liitteellä))\s+(?<n>\d{1,2}(?:\.\d{1,2}){0,3})(?!\d|[.,]\d|\s?[–-]\s?\d|\s?%|\s\d{3}\b|\)|:n\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^[*_\s]*(?<word>Kuva|Kuvio|Taulukko|Liite)\s+(?<n>\d{1,2}(?:\.\d{1,2})?)(?:[.:\s*_–-]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Caption();

    [GeneratedRegex(@"^\s*Liite\s+(?<n>\d{1,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnexHeading();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2})*)\.?\s+\p{Lu}\w+(?:\s+\w+){0,8}$")]
    private static partial Regex HeadingLine();

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})*$")]
    private static partial Regex Dotted();
}
