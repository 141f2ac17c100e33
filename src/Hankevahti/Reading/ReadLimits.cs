using System.Globalization;

namespace Hankevahti.Reading;

/// <summary>
/// How much one document may give the importer: words, characters, blocks and tables. The file-size
/// cap alone let a 19 MB text plan through that took 40 s of CPU and 400 MB to preview; what costs is
/// the amount of text and structure, so that is what is counted. The defaults are about 25 times the
/// largest real plan seen (12 000 words, 121 000 characters, about 1 500 blocks, 40 tables).
/// </summary>
public sealed record ReadLimits
{
    public static ReadLimits Default { get; } = new();

    public int Words { get; init; } = 200_000;
    public int Characters { get; init; } = 2_000_000;
    public int Blocks { get; init; } = 50_000;
    public int Tables { get; init; } = 2_000;

    /// <summary>Values that cannot be used, each naming its configuration key under <paramref name="section"/>.</summary>
    public IReadOnlyList<string> Problems(string section)
    {
        var problems = new List<string>();
        foreach (var (key, value) in new[] { ("Words", Words), ("Characters", Characters), ("Blocks", Blocks), ("Tables", Tables) })
        {
            if (value < 1)
            {
                problems.Add($"{section}:{key} is {value}; it must be at least 1.");
            }
        }
        return problems;
    }

    /// <summary>
    /// Counts the characters and words of a text file's bytes without decoding them, so that a file far
    /// over the limit is refused before any reading. UTF-8 continuation bytes are not characters; a
    /// Windows-1252 file counts one per byte, which the text reader would give too.
    /// </summary>
    public OverLimit? OfBytes(ReadOnlySpan<byte> bytes)
    {
        long characters = 0, words = 0;
        var inWord = false;
        foreach (var b in bytes)
        {
            if ((b & 0xC0) != 0x80)
            {
                characters++;
            }
            var space = b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or (byte)'\v';
            if (!space && !inWord)
            {
                words++;
            }
            inWord = !space;
        }
        return Judge(characters, words);
    }

    /// <summary>The same count over text already decoded (pdftotext's output).</summary>
    public OverLimit? OfText(string text) => Judge(text.Length, CountWords(text));

    /// <summary>What a reader made: blocks and tables, and the words and characters in them.</summary>
    public OverLimit? OfBlocks(IReadOnlyList<Block> blocks)
    {
        if (blocks.Count > Blocks)
        {
            return new OverLimit(LimitKind.Blocks, blocks.Count, Blocks);
        }
        var tables = blocks.Count(b => b is TableBlock);
        if (tables > Tables)
        {
            return new OverLimit(LimitKind.Tables, tables, Tables);
        }
        long characters = 0, words = 0;
        foreach (var text in blocks.SelectMany(Texts))
        {
            characters += text.Length;
            words += CountWords(text);
        }
        return Judge(characters, words);
    }

    private OverLimit? Judge(long characters, long words) =>
        characters > Characters ? new OverLimit(LimitKind.Characters, characters, Characters)
        : words > Words ? new OverLimit(LimitKind.Words, words, Words)
        : null;

    private static IEnumerable<string> Texts(Block block) => block switch
    {
        HeadingBlock h => [h.Text],
        ParagraphBlock p => [p.Text],
        ListItemBlock li => [li.Text],
        TableBlock t => t.Rows.SelectMany(r => r.Cells).Select(c => c.Text),
        _ => [],
    };

    private static long CountWords(string text)
    {
        long words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}

public enum LimitKind
{
    Words,
    Characters,
    Blocks,
    Tables,
}

/// <summary>A document over one of the <see cref="ReadLimits"/>: what, how much it has and the limit; the reader's message says the same in words.</summary>
public sealed record OverLimit(LimitKind Kind, long Found, long Limit)
{
    private static readonly NumberFormatInfo Grouped = new() { NumberGroupSeparator = " ", NumberGroupSizes = [3] };

    public string Describe(string file) =>
        $"{file}: has {Found.ToString("#,0", Grouped)} {Noun}, over the limit of {Limit.ToString("#,0", Grouped)} for one plan; the file was not read further.";

    private string Noun => Kind switch
    {
        LimitKind.Words => "words",
        LimitKind.Characters => "characters of text",
        LimitKind.Blocks => "paragraphs, headings and list items",
        _ => "tables",
    };
}
