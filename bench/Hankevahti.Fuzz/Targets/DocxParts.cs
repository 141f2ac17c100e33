using System.IO.Compression;
using System.Text;

namespace Hankevahti.Fuzz.Targets;

/// <summary>
/// The docx target's input format. Mutating a real .docx mostly breaks the zip's CRCs, so the fuzzer would
/// seldom get past the zip layer; instead an input is the package's parts as text, zipped here before each run:
/// <code>
/// &lt;w:document …&gt;…&lt;/w:document&gt;     (word/document.xml)
/// ==&gt; word/styles.xml &lt;==
/// &lt;w:styles …&gt;…
/// </code>
/// The first part, without a header, is word/document.xml; each "==&gt; NAME &lt;==" line starts a part of that
/// name (repeated names give repeated zip entries). An input that starts with "PK" is taken as a .docx as it is,
/// so damaged archives are fuzzed too.
/// </summary>
public static class DocxParts
{
    private static readonly byte[] Open = "==> "u8.ToArray();
    private static readonly byte[] Close = " <=="u8.ToArray();

    public static bool IsZip(byte[] input) => input.Length >= 2 && input[0] == (byte)'P' && input[1] == (byte)'K';

    public static byte[] Pack(byte[] input)
    {
        if (IsZip(input))
        {
            return input;
        }
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in Split(input))
            {
                ZipArchiveEntry entry;
                try
                {
                    entry = zip.CreateEntry(name, CompressionLevel.NoCompression);
                }
                catch (ArgumentException)
                {
                    // A name the zip writer refuses (empty, NUL…): a file nobody could upload either.
                    continue;
                }
                using var s = entry.Open();
                s.Write(data);
            }
        }
        return ms.ToArray();
    }

    public static IEnumerable<(string Name, byte[] Data)> Split(byte[] input)
    {
        var name = "word/document.xml";
        var start = 0;
        var line = 0;
        while (line <= input.Length)
        {
            var end = Array.IndexOf(input, (byte)'\n', line);
            var lineEnd = end < 0 ? input.Length : end;
            var header = HeaderName(input.AsSpan(line, lineEnd - line));
            if (header is not null)
            {
                // The newline before the header belongs to neither part.
                yield return (name, input[start..Math.Max(start, line - 1)]);
                name = header;
                start = Math.Min(input.Length, lineEnd + 1);
            }
            if (end < 0)
            {
                break;
            }
            line = end + 1;
        }
        yield return (name, input[start..]);
    }

    private static string? HeaderName(ReadOnlySpan<byte> line)
    {
        if (line.Length > 0 && line[^1] == '\r')
        {
            line = line[..^1];
        }
        if (!line.StartsWith(Open) || !line.EndsWith(Close) || line.Length < Open.Length + Close.Length)
        {
            return null;
        }
        return Encoding.UTF8.GetString(line[Open.Length..^Close.Length]);
    }
}
