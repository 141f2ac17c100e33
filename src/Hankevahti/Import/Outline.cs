using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Reading;

namespace Hankevahti.Import;

/// <summary>
/// Builds the section tree from the block stream. Word text exports lose heading styles, so a
/// paragraph such as "4.2 Toimenpiteet" is taken as a heading when its number follows the outline
/// so far; that keeps numbered list items ("1. Kirjaamiskäytännöt…") inside tables and prose out.
/// Keyword headings (Työpaketti 1.4A: …, Liite 2: …) are recognised by their keyword.
/// </summary>
public static partial class Outline
{
    private const int MaxHeadingLength = 160;

    public static SectionNode Build(IReadOnlyList<Block> blocks)
    {
        var root = new SectionNode { Level = 0 };
        var current = root;
        int[]? lastNumber = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var heading = TryHeading(block, lastNumber, current);
            if (heading is null)
            {
                current.Blocks.Add(block);
                continue;
            }
            var (number, title, level, numeric) = heading.Value;
            if (numeric is not null)
            {
                lastNumber = numeric;
            }
            var parent = current;
            while (parent.Level >= level && parent.Parent is not null)
            {
                parent = parent.Parent;
            }
            var node = new SectionNode
            {
                Number = number,
                Title = title,
                Level = level,
                Heading = block,
                Kind = SectionKinds.Classify(title),
                Parent = parent,
            };
            parent.Children.Add(node);
            current = node;
        }
        return root;
    }

    private static (string? Number, string Title, int Level, int[]? Numeric)? TryHeading(Block block, int[]? last, SectionNode current)
    {
        string text;
        int? styledLevel = null;
        switch (block)
        {
            case HeadingBlock h:
                text = h.Number is null ? h.Text : $"{h.Number} {h.Text}";
                styledLevel = h.Level;
                break;
            case ParagraphBlock p:
                text = p.Text;
                break;
            default:
                return null;
        }
        text = Numbers.Squeeze(TextUtil.StripEmphasis(text));
        if (text.Length == 0 || text.Length > MaxHeadingLength)
        {
            return styledLevel is null ? null : (null, text, styledLevel.Value, null);
        }

        var keyword = KeywordHeading().Match(text);
        if (keyword.Success)
        {
            var word = keyword.Groups["word"].Value.ToLowerInvariant();
            var code = keyword.Groups["code"].Value.TrimEnd('.', ':');
            var level = word.StartsWith("liite") ? 1 : NumberedAncestorLevel(current) + 1;
            if (styledLevel is not null)
            {
                level = styledLevel.Value;
            }
            return (code, text, level, null);
        }

        var numbered = NumberedHeading().Match(text);
        if (numbered.Success)
        {
            var parts = numbered.Groups["num"].Value.TrimEnd('.').Split('.').Select(int.Parse).ToArray();
            var title = numbered.Groups["title"].Value.Trim();
            var plausible = styledLevel is not null || IsPlausibleNext(last, parts);
            if (plausible && LooksLikeTitle(title))
            {
                return (string.Join('.', parts), title, styledLevel ?? parts.Length, parts);
            }
        }

        if (styledLevel is not null)
        {
            return (null, text, styledLevel.Value, null);
        }
        return null;
    }

    private static int NumberedAncestorLevel(SectionNode current)
    {
        for (var n = current; n is not null; n = n.Parent)
        {
            if (n.Heading is not null && !IsKeywordNode(n))
            {
                return n.Level;
            }
        }
        return 0;
    }

    private static bool IsKeywordNode(SectionNode n) => n.Heading is not null && KeywordHeading().IsMatch(Numbers.Squeeze(TextUtil.StripEmphasis(n.Title)));

    /// <summary>The next heading number either goes one level down (x.1), continues the level, or closes levels.</summary>
    internal static bool IsPlausibleNext(int[]? last, int[] next)
    {
        if (next.Any(n => n > 40))
        {
            return false;
        }
        if (last is null)
        {
            return next[0] <= 2 && next.Skip(1).All(n => n <= 1);
        }
        if (next.Length == last.Length + 1 && next[^1] == 1 && next.Take(last.Length).SequenceEqual(last))
        {
            return true;
        }
        if (next.Length <= last.Length)
        {
            var prefix = next.Length - 1;
            if (next.Take(prefix).SequenceEqual(last.Take(prefix)) && (next[^1] == last[prefix] + 1 || next[^1] == last[prefix] + 2))
            {
                return true;
            }
        }
        return false;
    }

    private static bool LooksLikeTitle(string title) =>
        title.Length >= 2 && char.IsLetter(title[0]) && char.IsUpper(title[0]) && !TocTail().IsMatch(title);

    [GeneratedRegex(@"^(?<num>\d{1,2}(\.\d{1,2}){0,4}\.?)\s+(?<title>\S.*)$")]
    private static partial Regex NumberedHeading();

    // Pilari / Investointi are not here: in tables they start ordinary rows ("Pilari 4 Investointi 1 …").
    [GeneratedRegex(@"^(?<word>Työpaketti|Liite)\s+(?<code>\d+(\.\d+)?[A-Z]?)\s*([:.–-]\s*\S|$)")]
    private static partial Regex KeywordHeading();

    [GeneratedRegex(@"(\.{3,}|…)\s*\d*\s*$|\s\d{1,3}$")]
    private static partial Regex TocTail();
}
