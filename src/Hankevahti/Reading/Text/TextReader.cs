using System.Text;
using Hankevahti.Plans;

namespace Hankevahti.Reading.Text;

/// <summary>Reads .txt/.md text exported from Word into blocks. First stage: tab rows become tables, every other non-blank line a paragraph.</summary>
public static class PlanTextReader
{
    public const long MaxBytes = 20L * 1024 * 1024;

    public static ReadResult Read(byte[] bytes, string file)
    {
        var messages = new List<ReadMessage>();
        var blocks = new List<Block>();
        if (bytes.LongLength > MaxBytes)
        {
            messages.Add(new ReadMessage(Severity.Error, $"{file}: input is {bytes.LongLength} bytes, over the limit of {MaxBytes} bytes.", new SourceRef { File = file }));
            return new ReadResult(blocks, messages);
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            text = Encoding.GetEncoding(1252).GetString(bytes);
            messages.Add(new ReadMessage(Severity.Warning, $"{file}: not valid UTF-8, read as Windows-1252.", new SourceRef { File = file }));
        }
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
        List<TableRow>? rows = null;
        var tableStart = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var src = new SourceRef { File = file, Line = i + 1 };
            if (line.Contains('\t'))
            {
                if (rows is null)
                {
                    rows = [];
                    tableStart = i + 1;
                }
                var cells = line.Split('\t').Select((c, k) => new TableCell(c.Trim(), 1, 1, src with { Cell = k + 1 })).ToList();
                rows.Add(new TableRow(cells, src with { Row = rows.Count + 1 }));
                continue;
            }
            if (rows is not null)
            {
                blocks.Add(new TableBlock(new SourceRef { File = file, Line = tableStart, EndLine = i }, rows));
                rows = null;
            }
            var trimmed = line.Trim();
            var hashes = trimmed.TakeWhile(c => c == '#').Count();
            if (hashes is > 0 and <= 6 && trimmed.Length > hashes && trimmed[hashes] == ' ')
            {
                blocks.Add(new HeadingBlock(src, hashes, null, trimmed[hashes..].Replace("**", "").Trim()));
            }
            else if (trimmed.Length > 0)
            {
                blocks.Add(new ParagraphBlock(src, line.Trim()));
            }
        }
        if (rows is not null)
        {
            blocks.Add(new TableBlock(new SourceRef { File = file, Line = tableStart, EndLine = lines.Length }, rows));
        }
        return new ReadResult(blocks, messages);
    }
}
