using Hankevahti.Import.Common;
using Hankevahti.Plans;
using Hankevahti.Reading;

namespace Hankevahti.Import.Overview;

/// <summary>
/// A version stated on the title page instead of a table: "Hankesuunnitelma versio 2.0", then a date line
/// ("1.3.2024") and possibly "Päivitetty 15.9.2024". The version becomes one entry dated with the first
/// date; an update becomes a second entry with the same number, the update date and the word as written
/// ("Päivitetty") as its description, so both dates stay machine-readable.
/// </summary>
internal static class StatedVersionReader
{
    public static void Read(ImportContext context)
    {
        if (context.Plan.Versions.Count > 0)
        {
            return;
        }
        var preamble = context.Root.Blocks;
        for (var i = 0; i < preamble.Count; i++)
        {
            if (preamble[i] is not (ParagraphBlock or HeadingBlock) || context.IsClaimed(preamble[i]))
            {
                continue;
            }
            var text = CleanText.OneLine(BlockScan.TextOf(preamble[i]));
            var m = VersionWords.StatedNumber().Match(text);
            if (!m.Success)
            {
                continue;
            }
            var rest = text.Remove(m.Index, m.Length).Trim();
            var number = m.Groups["n"].Value;
            // The line holds the version and at most the document type word.
            if (CleanText.Key(rest) is not ("" or "hankesuunnitelma" or "hankesuunnitelma," or "suunnitelma"))
            {
                continue;
            }
            context.Claim(preamble[i]);
            var version = new PlanVersion { Number = number, Source = preamble[i].Source };
            for (var j = i + 1; j < preamble.Count && j <= i + 6; j++)
            {
                if (preamble[j] is not ParagraphBlock p)
                {
                    break;
                }
                var t = CleanText.OneLine(p.Text);
                if (version.DateText is null && VersionWords.DateOnlyLine().IsMatch(t) && Periods.TryParseDate(t, out var d))
                {
                    version = version with { Date = d, DateText = t };
                    context.Claim(p);
                    continue;
                }
                var u = VersionWords.Updated().Match(t);
                if (u.Success && Periods.TryParseDate(u.Groups["date"].Value, out var ud))
                {
                    context.Plan.Versions.Add(new PlanVersion
                    {
                        Number = number,
                        Date = ud,
                        DateText = u.Groups["date"].Value,
                        Description = u.Groups["word"].Value,
                        Source = p.Source,
                    });
                    context.Claim(p);
                }
            }
            context.Plan.Versions.Insert(0, version);
            return;
        }
    }
}
