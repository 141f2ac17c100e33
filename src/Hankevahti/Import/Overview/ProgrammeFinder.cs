using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Overview;

/// <summary>
/// The funding programme from its name in the text. The title page decides when it names one; otherwise the
/// programme named most often wins, with RRF pillars and investments counting for the RRF programme. The name
/// is the programme's standard name, since plans write it inflected ("rakenneuudistusta") or in capitals.
/// </summary>
internal static partial class ProgrammeFinder
{
    public sealed record Found(string Key, string Name, Block? Block);

    // Generated rather than interpreted: every block of the plan is matched against each of them (Find's count).
    private static readonly (string Key, Regex Pattern)[] Programmes =
    [
        ("rrf", Rrf()),
        ("hyvan-tyon-ohjelma", HyvanTyon()),
        ("tulevaisuuden-sote-keskus", SoteKeskus()),
        ("rakenneuudistus", Rakenneuudistus()),
    ];

    private static readonly Dictionary<string, string> Names = new()
    {
        ["rrf"] = "Suomen kestävän kasvun ohjelma",
        ["hyvan-tyon-ohjelma"] = "Hyvän työn ohjelma",
        ["tulevaisuuden-sote-keskus"] = "Tulevaisuuden sosiaali- ja terveyskeskus -ohjelma",
        ["rakenneuudistus"] = "Rakenneuudistus",
    };

    /// <summary>The first programme named in a text, with its canonical name.</summary>
    public static Found? Match(string text)
    {
        foreach (var (key, pattern) in Programmes)
        {
            if (pattern.IsMatch(text))
            {
                return new Found(key, Names[key], null);
            }
        }
        return null;
    }

    public static Found? Find(ImportContext context, BlockScan scan)
    {
        foreach (var b in context.Root.Blocks)
        {
            var t = BlockScan.TextOf(b);
            if (t is not null && Match(CleanText.OneLine(t)) is { } f)
            {
                return f with { Block = b };
            }
        }
        var counts = new Dictionary<string, int>();
        var first = new Dictionary<string, Block>();
        foreach (var b in scan.Blocks)
        {
            var t = BlockScan.TextOf(b);
            if (t is null)
            {
                continue;
            }
            foreach (var (key, pattern) in Programmes)
            {
                var n = pattern.Matches(t).Count;
                if (n > 0)
                {
                    counts[key] = counts.GetValueOrDefault(key) + n;
                    first.TryAdd(key, b);
                }
            }
        }
        var rrfParts = context.Sections.Count(s => s.Kind is SectionKinds.Pillar or SectionKinds.Investment);
        if (rrfParts > 0)
        {
            counts["rrf"] = counts.GetValueOrDefault("rrf") + rrfParts;
        }
        if (counts.Count == 0)
        {
            return null;
        }
        var best = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => Array.FindIndex(Programmes, p => p.Key == kv.Key)).First().Key;
        return new Found(best, Names[best], first.GetValueOrDefault(best));
    }

    /// <summary>The programme with RRF pillar and investment numbers taken from the plan's own sections.</summary>
    public static Programme ToProgramme(Found found, ImportContext context)
    {
        var programme = new Programme { Key = found.Key, Name = found.Name };
        if (found.Key == "rrf")
        {
            var pillars = Numbered(context, SectionKinds.Pillar, Pillar());
            var investments = Numbered(context, SectionKinds.Investment, Investment());
            programme = programme with
            {
                Pillar = pillars.Count > 0 ? string.Join(", ", pillars) : null,
                Investment = investments.Count > 0 ? string.Join(", ", investments) : null,
            };
        }
        if (MentionsMinistry(context))
        {
            programme = programme with { Funder = "STM" };
        }
        return programme;
    }

    private static List<string> Numbered(ImportContext context, string kind, Regex pattern) =>
        context.SectionsOfKind(kind)
            .Select(s => pattern.Match(s.Title))
            .Where(m => m.Success)
            .Select(m => m.Groups["n"].Value)
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    private static bool MentionsMinistry(ImportContext context) =>
        context.Read.Blocks.Any(b => BlockScan.TextOf(b) is { } t && Ministry().IsMatch(t));

    [GeneratedRegex(@"(suomen\s+)?kestävän\s+kasvun\s+ohjelma\w*|\bRRF\b|\bRRP\b|elpymis-\s+ja\s+palautumis\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rrf();

    [GeneratedRegex(@"hyvän\s+työn\s+ohjelma\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HyvanTyon();

    [GeneratedRegex(@"tulevaisuuden\s+sote-keskus\s*-?\s*ohjelma\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SoteKeskus();

    [GeneratedRegex(@"\b\w*rakenneuudistu\w*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Rakenneuudistus();

    [GeneratedRegex(@"pilari\s*(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex Pillar();

    [GeneratedRegex(@"investointi\s*(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex Investment();

    [GeneratedRegex(@"\bSTM\b|sosiaali- ja terveysministeriö", RegexOptions.IgnoreCase)]
    private static partial Regex Ministry();
}
