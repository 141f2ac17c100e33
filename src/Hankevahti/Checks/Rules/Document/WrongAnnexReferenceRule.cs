using System.Text.RegularExpressions;
using Hankevahti.Checks.Rules.Codes;

namespace Hankevahti.Checks.Rules.Document;

/// <summary>
/// HV-DOC-004: a part's section points to the annex of another part ("Liitteenä 2" in part 3's costs,
/// when Liite 2 is part 2's budget and Liite 3 part 3's) — a reference copied from the section before.
/// Judged only when the annex titles name their parts and one of them is the referring section's part.
/// </summary>
public sealed partial class WrongAnnexReferenceRule : Rule
{
    public override string Code => "HV-DOC-004";
    public override FindingSeverity Severity => FindingSeverity.Error;
    public override Localized Title => new("Viittaus toisen osan liitteeseen", "Reference to another part's annex");

    public override Localized Explanation => new(
        "Osa-alueen kuvaus viittaa liitteeseen, joka otsikkonsa mukaan koskee toista osa-aluetta, vaikka oman osa-alueen liite on olemassa. Viittaus on tavallisesti kopioitu edellisestä osasta.",
        "A part's section refers to an annex that by its title is about another part, although the part's own annex exists; the reference was usually copied from the previous part.");

    private sealed record PartName(string Word, string Code, string Text);

    public override IEnumerable<Finding> Check(CheckContext context)
    {
        var annexes = new Dictionary<string, (PartName Part, string Title)>(StringComparer.Ordinal);
        foreach (var s in context.Sections)
        {
            if (AnnexNumber().Match(s.Number ?? s.Title) is { Success: true } a && PartIn(s.Title) is { } part)
            {
                annexes.TryAdd(a.Groups["n"].Value, (part, s.Title));
            }
        }
        if (annexes.Count < 2)
        {
            yield break;
        }
        foreach (var section in TextLines.ProseSections(context))
        {
            if (OwnPart(section) is not { } own)
            {
                continue;
            }
            var ownAnnex = annexes.FirstOrDefault(x => Same(x.Value.Part, own));
            if (ownAnnex.Key is null)
            {
                continue;
            }
            foreach (var reference in DocumentReferences.In(section.Section.Text).Where(r => r.Kind == ReferenceKind.Annex))
            {
                if (!annexes.TryGetValue(reference.Number, out var annex) || Same(annex.Part, own))
                {
                    continue;
                }
                yield return Found(
                    context.PlaceInText(section, reference.Words),
                    new($"Kohta {SectionNames.Of(section)} kuuluu osaan «{own.Text}», mutta viittaa liitteeseen {reference.Number} («{reference.Words}»), joka otsikkonsa «{annex.Title}» mukaan koskee osaa «{annex.Part.Text}»; osan «{own.Text}» liite on liite {ownAnnex.Key}.",
                        $"Section {SectionNames.Of(section)} belongs to “{own.Text}” but refers to annex {reference.Number} (“{reference.Words}”), which by its title “{annex.Title}” is about “{annex.Part.Text}”; the annex of “{own.Text}” is annex {ownAnnex.Key}."),
                    new($"Korjaa viittaus liitteeseen {ownAnnex.Key}, tai jos viittaus on tarkoituksellinen, kerro miksi.",
                        $"Correct the reference to annex {ownAnnex.Key}, or if it is intended, say why."));
            }
        }
    }

    /// <summary>The part a section is about: the nearest heading (its own or above) that names one, "Osa-alue 3 – …".</summary>
    private static PartName? OwnPart(SectionEntry section)
    {
        for (var s = section; s is not null; s = s.Parent)
        {
            if (AnnexNumber().IsMatch(s.Number ?? s.Title))
            {
                return null;
            }
            if (PartIn(s.Title) is { } part)
            {
                return part;
            }
        }
        return null;
    }

    private static PartName? PartIn(string? title)
    {
        var m = title is null ? null : PartWords().Match(title);
        return m is { Success: true } ? new PartName(Stem(m.Groups["word"].Value), WorkCodeIndex.Bare(m.Groups["code"].Value), m.Value) : null;
    }

    private static bool Same(PartName a, PartName b) => a.Word == b.Word && a.Code == b.Code;

    private static string Stem(string word) => word.ToLowerInvariant() switch
    {
        var w when w.StartsWith("osa", StringComparison.Ordinal) => "part",
        var w when w.StartsWith("työ", StringComparison.Ordinal) || w == "tp" => "workPackage",
        var w when w.StartsWith("inv", StringComparison.Ordinal) => "investment",
        _ => "pillar",
    };

    [GeneratedRegex(@"^\s*Liite\s+(?<n>\d{1,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnnexNumber();

    [GeneratedRegex(@"(?<![\w-])(?<word>(?i:osa-alue|työpaketti|investointi|pilari|tp))\s+(?<code>\d+[A-Z]?(?:\.\d+[A-Z]?)*)(?![\w.]\d?)", RegexOptions.CultureInvariant)]
    private static partial Regex PartWords();
}
