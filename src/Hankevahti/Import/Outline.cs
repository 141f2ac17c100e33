using System.Text.RegularExpressions;
using Hankevahti.Import.Common;
using Hankevahti.Reading;

namespace Hankevahti.Import;

/// <summary>
/// Builds the section tree from the block stream. Word text exports lose heading styles, so a
/// paragraph such as "4.2 Toimenpiteet" is taken as a heading only on evidence: the table of
/// contents when the document has one (a numbered list item "6. …" inside 5.2 is not the "6." the
/// contents lists), otherwise a number that follows the outline so far and, when two paragraphs
/// compete for the same number, the one whose title is a template section.
/// Keyword headings (Työpaketti 1.4A: …, Liite 2: …, PILARI 4: …) are recognised by their keyword.
/// </summary>
public static partial class Outline
{
    private const int MaxHeadingLength = 160;
    private const int LookaheadBlocks = 400;

    public static SectionNode Build(IReadOnlyList<Block> blocks) => Build(blocks, DocumentOrigin.WordText);

    public static SectionNode Build(IReadOnlyList<Block> blocks, DocumentOrigin origin)
    {
        var toc = TableOfContents.Find(blocks);
        var root = new SectionNode { Level = 0 };
        var current = root;
        int[]? lastNumber = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var heading = toc.Blocks.Contains(block) ? null : TryHeading(blocks, i, lastNumber, current, toc);
            if (heading is null)
            {
                current.Blocks.Add(block);
                continue;
            }
            var h = heading.Value;
            if (h.Numeric is not null)
            {
                lastNumber = h.Numeric;
            }
            var parent = current;
            while (parent.Level >= h.Level && parent.Parent is not null)
            {
                parent = parent.Parent;
            }
            var node = new SectionNode
            {
                Number = h.Number,
                Title = h.Title,
                Level = h.Level,
                Heading = block,
                Parent = parent,
            };
            i += AddContinuation(blocks, i, node, origin);
            node.Kind = KindInContext(node.Title, parent);
            parent.Children.Add(node);
            current = node;
        }
        return root;
    }

    private readonly record struct Candidate(string? Number, string Title, int Level, int[]? Numeric);

    private static Candidate? TryHeading(IReadOnlyList<Block> blocks, int index, int[]? last, SectionNode current, TableOfContents toc)
    {
        var block = blocks[index];
        string text;
        int? styledLevel = null;
        switch (block)
        {
            case HeadingBlock h:
                text = h.Number is null ? h.Text : $"{h.Number} {h.Text}";
                styledLevel = h.Level;
                break;
            default:
                if (CandidateText(block) is not { } candidate)
                {
                    return null;
                }
                text = candidate;
                break;
        }
        text = Clean(text);
        if (text.Length == 0 || text.Length > MaxHeadingLength)
        {
            return styledLevel is null || text.Length == 0 ? null : new Candidate(null, text, styledLevel.Value, null);
        }

        if (styledLevel is null && ContentsTitle().IsMatch(text))
        {
            return new Candidate(null, text, 1, null);
        }

        var keyword = KeywordHeading().Match(text);
        if (keyword.Success)
        {
            var word = keyword.Groups["word"].Value.ToLowerInvariant();
            var code = keyword.Groups["code"].Value.TrimEnd('.', ':');
            var isAnnex = word.StartsWith("liite", StringComparison.Ordinal);
            var level = styledLevel ?? (isAnnex ? 1 : KeywordParentLevel(current, KeywordRank(word)) + 1);
            return new Candidate(isAnnex ? $"Liite {code}" : code, text, level, null);
        }

        var numbered = NumberedHeading().Match(text);
        if (numbered.Success)
        {
            var parts = ParseNumber(numbered.Groups["num"].Value);
            var title = numbered.Groups["title"].Value.Trim();
            if (parts is null)
            {
                return StyledOnly(text, styledLevel);
            }
            if (styledLevel is not null)
            {
                return new Candidate(string.Join('.', parts), title, styledLevel.Value, parts);
            }
            var decided = Decide(blocks, index, parts, title, last, toc);
            if (decided is not null)
            {
                return new Candidate(string.Join('.', decided), title, decided.Length, decided);
            }
        }

        return StyledOnly(text, styledLevel);
    }

    private static Candidate? StyledOnly(string text, int? styledLevel) =>
        styledLevel is null ? null : new Candidate(null, text, styledLevel.Value, null);

    /// <summary>The number a numbered paragraph gets as a heading, or null when it is not one.</summary>
    private static int[]? Decide(IReadOnlyList<Block> blocks, int index, int[] parts, string title, int[]? last, TableOfContents toc)
    {
        var key = string.Join('.', parts);
        if (toc.Entries.Count > 0)
        {
            var heading = new KeyedTitle(title);
            var byNumber = toc.FirstByNumber(key);
            if (byNumber is not null && !byNumber.Used && TitleMatches(heading, byNumber.Keyed))
            {
                byNumber.Used = true;
                return parts;
            }
            // Drafts renumber sections in the body but not in the contents ("6.3 Resurssit"
            // where the contents says 6.2): the contents' number keeps the outline consistent.
            var byTitle = toc.Entries.FirstOrDefault(e => !e.Used && e.Depth == parts.Length - 1 && TitleMatches(heading, e.Keyed));
            if (byTitle is not null && LooksLikeTitle(title))
            {
                byTitle.Used = true;
                return ParseNumber(byTitle.Number);
            }
            if (byNumber is not null)
            {
                // The contents gives this number to another title. A short line that names a template section
                // is still that section's heading (the body was renumbered after the contents was made).
                return IsTemplateHeading(title) ? parts : null;
            }
            // The contents lists every sibling at the levels it shows: a "7." it does not list is a list item.
            var parent = string.Join('.', parts[..^1]);
            if (toc.ListsChildrenOf(parent, parts.Length - 1))
            {
                return null;
            }
        }
        if (!LooksLikeTitle(title))
        {
            return null;
        }
        if (!IsPlausibleNext(last, parts))
        {
            // Plans leave sections out and keep the template's numbers ("9 Viestintä" after "4 Kustannukset"):
            // a forward jump is a heading when its short title names a template section.
            return IsForward(last, parts) && (IsTemplateHeading(title) || IsWorkPartHeading(title)) && !CompetitorAhead(blocks, index, key) ? parts : null;
        }
        if (SectionKinds.Classify(title) is null && CompetitorAhead(blocks, index, key))
        {
            return null;
        }
        return parts;
    }

    /// <summary>A later paragraph with the same number and a template title is the real heading; this one is a list item.</summary>
    private static bool CompetitorAhead(IReadOnlyList<Block> blocks, int index, string key)
    {
        var end = Math.Min(blocks.Count, index + LookaheadBlocks);
        for (var j = index + 1; j < end; j++)
        {
            if (CandidateText(blocks[j]) is not { } candidate)
            {
                continue;
            }
            var m = NumberedHeading().Match(Clean(candidate));
            if (!m.Success)
            {
                continue;
            }
            var parts = ParseNumber(m.Groups["num"].Value);
            var title = m.Groups["title"].Value.Trim();
            if (parts is not null && string.Join('.', parts) == key && LooksLikeTitle(title) && SectionKinds.Classify(title) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The text of a block that may be an unstyled heading: a paragraph, or a top-level numbered list item (a reader may take "6. Hallinnointi" for a list).</summary>
    private static string? CandidateText(Block block) => block switch
    {
        ParagraphBlock p => p.Text,
        ListItemBlock { Depth: 0, Marker: { Length: > 0 } m } l when char.IsDigit(m[0]) => $"{m} {l.Text}",
        _ => null,
    };

    /// <summary>
    /// A PDF heading too long for one line goes on with a short lower-case line; that line belongs
    /// to the heading. Returns how many blocks were taken.
    /// </summary>
    private static int AddContinuation(IReadOnlyList<Block> blocks, int index, SectionNode node, DocumentOrigin origin)
    {
        // pdftotext breaks a long heading wherever the line ended, sometimes more than once ("… puretaan" /
        // "koronavirustilanteen" / "aiheuttamaa … palveluvelkaa"); each further lower-case line goes on while
        // the heading has not ended with a colon or full stop.
        var taken = 0;
        while (taken < MaxContinuationLines && index + taken + 1 < blocks.Count && blocks[index + taken + 1] is ParagraphBlock next
            && Continues(node.Title.TrimEnd(), Clean(next.Text), origin, first: taken == 0))
        {
            var text = Clean(next.Text);
            var title = node.Title.TrimEnd();
            node.HeadingContinuation.Add(next);
            node.Title = title.EndsWith('-') && !title.EndsWith(" -") ? title + text : $"{title} {text}";
            taken++;
        }
        return taken;
    }

    private const int MaxContinuationLines = 3;

    private static bool Continues(string title, string text, DocumentOrigin origin, bool first)
    {
        if (text.Length == 0 || text.Length > 120 || !char.IsLower(text[0]) || title.EndsWith(':') || title.EndsWith('.'))
        {
            return false;
        }
        var pdf = origin is DocumentOrigin.PdfText or DocumentOrigin.Pdf;
        // A Word export wraps only a long heading, once, or one that ends on a connecting word ("… ja").
        return pdf || ConnectorEnd().IsMatch(title) || (first && title.Length >= 60);
    }

    /// <summary>A pillar named under the target-group section is that pillar's target group, not the pillar itself.</summary>
    private static string? KindInContext(string title, SectionNode parent)
    {
        var kind = SectionKinds.Classify(title);
        if (parent.Kind == SectionKinds.TargetGroups && kind is SectionKinds.Pillar or SectionKinds.Investment or SectionKinds.Part)
        {
            return SectionKinds.TargetGroups;
        }
        return kind;
    }

    private static int KeywordRank(string word) => word switch
    {
        _ when word.StartsWith("pilari", StringComparison.Ordinal) || word.StartsWith("osa-alue", StringComparison.Ordinal) => 0,
        _ when word.StartsWith("investointi", StringComparison.Ordinal) => 1,
        _ => 2,
    };

    /// <summary>The level of the section a keyword heading goes under: the nearest numbered heading or a keyword heading of a wider kind.</summary>
    private static int KeywordParentLevel(SectionNode current, int rank)
    {
        for (var n = current; n is not null; n = n.Parent)
        {
            if (n.Heading is null || !IsKeywordNode(n))
            {
                return n.Level;
            }
            var word = KeywordHeading().Match(Clean(BlockText.Of(n.Heading))).Groups["word"].Value.ToLowerInvariant();
            if (word.StartsWith("liite", StringComparison.Ordinal) || KeywordRank(word) < rank)
            {
                return n.Level;
            }
        }
        return 0;
    }

    // A numbered heading whose title starts with a keyword ("4.2.1 Investointi 1: …") is numbered, not a keyword node.
    private static bool IsKeywordNode(SectionNode n) => n.Heading is not null && KeywordHeading().IsMatch(Clean(BlockText.Of(n.Heading)));

    /// <summary>A title of a few words without sentence punctuation that the template's section words name.</summary>
    private static bool IsTemplateHeading(string title) =>
        LooksLikeTitle(title) && title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
        && !".,;:!?".Contains(title.TrimEnd()[^1]) && SectionKinds.Classify(title) is not null and not SectionKinds.Contents;

    /// <summary>
    /// A title that opens with a work-structure word in its base form, a code and a colon or dash ("Investointi 1: …",
    /// "Työpaketti 2.1 – …"): the template's heading of a work part, however long its name. (An inflected word,
    /// "Investoinnin 1 tavoitteena", opens a sentence, not a heading.)
    /// </summary>
    private static bool IsWorkPartHeading(string title)
    {
        // The vocabulary's words and code grammar, not a pattern of their own: "<word> <code>: <name>".
        var words = title.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !LooksLikeTitle(title)
            || !WorkWords.All.Any(w => w.Kind is not null && string.Equals(w.Word, words[0], StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }
        var code = words[1].TrimEnd(':');
        var separated = words[1].EndsWith(':') || words[2] is [':' or '–' or '-', ..];
        var name = words[1].EndsWith(':') ? words[2] : words[2].TrimStart(':', '–', '-', ' ');
        return separated && name.Length > 0 && code.Length > 0 && char.IsDigit(code[0]) && WorkCode.TryParse(code, out _);
    }

    /// <summary>A number after the last one in document order (never back to an earlier section).</summary>
    private static bool IsForward(int[]? last, int[] next)
    {
        if (last is null)
        {
            return next.Length == 1;
        }
        for (var i = 0; i < Math.Min(last.Length, next.Length); i++)
        {
            if (next[i] != last[i])
            {
                return next[i] > last[i];
            }
        }
        return next.Length > last.Length;
    }

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

    /// <summary>Whether a heading's title and a contents entry name the same section (the heading may be the first line of a wrapped title).</summary>
    /// <remarks>Recognisers compare one title with every action's or part's, so each title's key is kept while the string lives.</remarks>
    public static bool TitleMatches(string heading, string entry) => TitleMatches(Keyed(heading), Keyed(entry));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, KeyedTitle> KeyedTitles = new();

    private static KeyedTitle Keyed(string title) => KeyedTitles.GetValue(title, static t => new KeyedTitle(t));

    private static bool TitleMatches(KeyedTitle heading, KeyedTitle entry)
    {
        var a = heading.Key;
        var b = entry.Key;
        if (a.Length == 0 || b.Length == 0)
        {
            return a == b;
        }
        if (a == b || (a.Length >= 5 && b.StartsWith(a, StringComparison.Ordinal)) || (b.Length >= 5 && a.StartsWith(b, StringComparison.Ordinal)))
        {
            return true;
        }
        var wa = heading.Words;
        var wb = entry.Words;
        var common = wa.Count(wb.Contains);
        return common >= 2 && common >= 0.6 * Math.Max(wa.Count, wb.Count);
    }

    /// <summary>
    /// A title with its <see cref="TitleKey"/> and words made once: every numbered line is compared with the
    /// contents' entries, and a long plan has many of both.
    /// </summary>
    private sealed class KeyedTitle(string title)
    {
        private HashSet<string>? words;

        public string Key { get; } = TitleKey(title);

        public HashSet<string> Words => words ??= Key.Split(' ').ToHashSet();
    }

    public static string TitleKey(string title) =>
        TitleNoise().Replace(CleanText.Key(title), " ").Trim();

    internal static string Clean(string text) => CleanText.Inline(text);

    private static string ParentOf(string number)
    {
        var dot = number.LastIndexOf('.');
        return dot < 0 ? "" : number[..dot];
    }

    internal static int[]? ParseNumber(string number)
    {
        var pieces = number.TrimEnd('.').Split('.');
        var parts = new int[pieces.Length];
        for (var k = 0; k < pieces.Length; k++)
        {
            if (!int.TryParse(pieces[k], out parts[k]))
            {
                return null;
            }
        }
        return parts;
    }

    internal static bool LooksLikeTitle(string title) =>
        title.Length >= 2 && char.IsLetter(title[0]) && char.IsUpper(title[0]) && !TocTail().IsMatch(title);

    [GeneratedRegex(@"^(?<num>\d{1,2}(\.\d{1,2}){0,4}\.?)\s+(?<title>\S.*)$")]
    internal static partial Regex NumberedHeading();

    // Pilari / Investointi / Osa-alue / TP only with a colon or dash after the code: in tables they start ordinary
    // rows ("Pilari 2 Investointi 3 …") that are not headings.
    [GeneratedRegex(@"^(?<word>Työpaketti|Liite|LIITE|TYÖPAKETTI)\s+(?<code>\d+(\.\d+)?[A-Z]?)\s*([:.–-]\s*\S|$)|^(?<word>Pilari|PILARI|Investointi|INVESTOINTI|Osa-alue|OSA-ALUE|TP)\s*(?<code>\d+[A-Z]?)\s*[:–]")]
    internal static partial Regex KeywordHeading();

    [GeneratedRegex(@"(\.{3,}|…)\s*\d*\s*$|\s{2,}\d{1,3}$")]
    private static partial Regex TocTail();

    [GeneratedRegex(@"^(sisällys(luettelo)?|sisältö|sisällysluettelo)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentsTitle();

    [GeneratedRegex(@"\s(ja|sekä|tai|eli|and|of|-|–)$", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectorEnd();


    [GeneratedRegex(@"[\s.…:–\-]+$|[^\p{L}\p{N}]+")]
    private static partial Regex TitleNoise();

    /// <summary>
    /// The table of contents: Word exports write it as tab rows ("6.1. Hankkeen toimijat…\t2"), PDFs as
    /// lines with dot leaders and a page number. Its entries are the headings the body should have.
    /// </summary>
    private sealed class TableOfContents
    {
        public List<Entry> Entries { get; } = [];
        public HashSet<Block> Blocks { get; } = new(ReferenceEqualityComparer.Instance);

        // Made on first use, after Find has read all the entries: the outline asks for each numbered line.
        private Dictionary<string, Entry>? firstByNumber;
        private HashSet<(string Parent, int Depth)>? numberedChildren;

        public sealed class Entry(string number, string title)
        {
            private KeyedTitle? keyed;

            public string Number { get; } = number;
            public string Title { get; } = title;
            public bool Used { get; set; }

            /// <summary>The number of dots in <see cref="Number"/>: 0 for "3", 1 for "3.2".</summary>
            public int Depth { get; } = number.Count(c => c == '.');

            public KeyedTitle Keyed => keyed ??= Outline.Keyed(Title);
        }

        /// <summary>The first entry with the number, as a scan of the entries in order would find it.</summary>
        public Entry? FirstByNumber(string number)
        {
            if (firstByNumber is null)
            {
                firstByNumber = [];
                foreach (var e in Entries)
                {
                    firstByNumber.TryAdd(e.Number, e);
                }
            }
            return firstByNumber.GetValueOrDefault(number);
        }

        /// <summary>Whether an entry with a numeric number sits under <paramref name="parent"/> at <paramref name="depth"/>.</summary>
        public bool ListsChildrenOf(string parent, int depth)
        {
            numberedChildren ??= Entries.Where(e => e.Number.Length > 0 && char.IsDigit(e.Number[0])).Select(e => (ParentOf(e.Number), e.Depth)).ToHashSet();
            return numberedChildren.Contains((parent, depth));
        }

        public static TableOfContents Find(IReadOnlyList<Block> blocks)
        {
            var toc = new TableOfContents();
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i] is TableBlock table)
                {
                    var entries = table.Rows.Select(RowEntry).ToList();
                    if (entries.Count(e => e is not null) >= 3 && entries.Count(e => e is not null) * 2 >= table.Rows.Count)
                    {
                        toc.Entries.AddRange(entries.OfType<Entry>());
                        toc.Blocks.Add(table);
                    }
                    continue;
                }
                // A run of paragraph lines with page numbers (PDF text).
                var run = 0;
                var leaders = false;
                while (i + run < blocks.Count && blocks[i + run] is ParagraphBlock p && LineEntry(p.Text) is { } e)
                {
                    leaders |= TocLeaders().IsMatch(p.Text);
                    run++;
                }
                if (run >= 3 && (leaders || i > 0 && blocks[i - 1] is ParagraphBlock prev && ContentsTitle().IsMatch(Clean(prev.Text))))
                {
                    for (var k = i; k < i + run; k++)
                    {
                        toc.Entries.Add(LineEntry(((ParagraphBlock)blocks[k]).Text)!);
                        toc.Blocks.Add(blocks[k]);
                    }
                }
                i += Math.Max(0, run - 1);
            }
            if (toc.Entries.Count == 0)
            {
                WithoutPageNumbers(blocks, toc);
            }
            // Only the first contents counts: a second one would be a list of figures or a copy.
            return toc;
        }

        /// <summary>
        /// A PDF whose contents has its page numbers in a column of their own gives, after the contents title, the
        /// entries as lines without numbers (long ones wrapped over two or three lines), then the numbers. Nothing
        /// in a line tells it from a heading; what does is that the body repeats it: the contents runs from its
        /// title to the line where its first entry comes again. Bounded, so that a title without a contents after
        /// it takes nothing.
        /// </summary>
        private static void WithoutPageNumbers(IReadOnlyList<Block> blocks, TableOfContents toc)
        {
            var title = -1;
            for (var i = 0; i < Math.Min(blocks.Count, ContentsSearchBlocks); i++)
            {
                if (blocks[i] is ParagraphBlock p && ContentsTitle().IsMatch(Clean(p.Text)))
                {
                    title = i;
                    break;
                }
            }
            if (title < 0 || title + 1 >= blocks.Count || blocks[title + 1] is not ParagraphBlock firstLine || HeadingEntry(firstLine.Text) is not { } first)
            {
                return;
            }
            var end = -1;
            for (var j = title + 2; j < Math.Min(blocks.Count, title + 2 + ContentsMaxBlocks); j++)
            {
                if (blocks[j] is ParagraphBlock p && HeadingEntry(p.Text) is { } again && again.Number == first.Number && TitleMatches(again.Title, first.Title))
                {
                    end = j;
                    break;
                }
            }
            if (end < 0)
            {
                return;
            }
            var entries = new List<(string Number, string Title)>();
            for (var k = title + 1; k < end; k++)
            {
                toc.Blocks.Add(blocks[k]);
                if (blocks[k] is not ParagraphBlock p || Clean(p.Text) is not { Length: > 0 } line || IsPageNumber(line))
                {
                    continue;
                }
                if (HeadingEntry(line) is { } e)
                {
                    entries.Add((e.Number, e.Title));
                }
                else if (entries.Count > 0)
                {
                    // A wrapped entry goes on on the next line.
                    var (number, text) = entries[^1];
                    entries[^1] = (number, $"{text} {TocLeaders().Replace(line, "").Trim()}");
                }
            }
            if (entries.Count < 3)
            {
                toc.Blocks.Clear();
                return;
            }
            toc.Entries.AddRange(entries.Select(e => new Entry(e.Number, e.Title)));
        }

        private const int ContentsSearchBlocks = 200;
        private const int ContentsMaxBlocks = 600;

        private static Entry? RowEntry(TableRow row)
        {
            var cells = row.Cells.Select(c => Clean(c.Text)).Where(c => c.Length > 0).ToList();
            if (cells.Count is < 2 or > 3 || !int.TryParse(cells[^1], out _))
            {
                return null;
            }
            return HeadingEntry(cells[0]);
        }

        private static Entry? LineEntry(string line)
        {
            // A contents line ends in its page number; this runs on every paragraph, so the regex only sees those that do.
            var clean = Clean(line);
            if (clean.Length == 0 || !char.IsDigit(clean[^1]))
            {
                return null;
            }
            var m = TocLine().Match(clean);
            return m.Success ? HeadingEntry(m.Groups["head"].Value) : null;
        }

        private static Entry? HeadingEntry(string text)
        {
            text = TocLeaders().Replace(text, "").Trim();
            var keyword = KeywordHeading().Match(text);
            if (keyword.Success)
            {
                var word = keyword.Groups["word"].Value.ToLowerInvariant();
                var code = keyword.Groups["code"].Value.TrimEnd('.', ':');
                return new Entry(word.StartsWith("liite", StringComparison.Ordinal) ? $"Liite {code}" : code, text);
            }
            var m = NumberedHeading().Match(text);
            if (!m.Success || ParseNumber(m.Groups["num"].Value) is not { } parts)
            {
                return null;
            }
            return new Entry(string.Join('.', parts), m.Groups["title"].Value.Trim());
        }
    }

    [GeneratedRegex(@"^(?<head>.+?)\s*(\.{3,}|…+)?\s+(?<page>\d{1,3})$")]
    private static partial Regex TocLine();

    // The page column of a contents: a number of one to three digits alone on its line.
    private static bool IsPageNumber(string line) => line.Length <= 3 && line.All(char.IsAsciiDigit);

    [GeneratedRegex(@"(\.{3,}|…+)\s*$|(\.{3,}|…+)(?=\s*\d+$)")]
    private static partial Regex TocLeaders();
}
