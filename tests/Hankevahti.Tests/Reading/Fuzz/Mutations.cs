using System.IO.Compression;
using System.Text;
using Hankevahti.Tests.Reading.Docx;

namespace Hankevahti.Tests.Reading.Fuzz;

/// <summary>Ways to damage a document, each deterministic for a given Random.</summary>
internal static class Mutations
{
    public static byte[] Truncate(Random rng, byte[] b) => b[..rng.Next(0, b.Length)];

    public static byte[] FlipBits(Random rng, byte[] b)
    {
        var c = (byte[])b.Clone();
        for (int i = 0, n = rng.Next(1, 20); i < n && c.Length > 0; i++)
        {
            c[rng.Next(c.Length)] ^= (byte)(1 << rng.Next(8));
        }
        return c;
    }

    public static byte[] RandomBytes(Random rng, byte[] b)
    {
        var c = (byte[])b.Clone();
        var start = c.Length == 0 ? 0 : rng.Next(c.Length);
        var len = Math.Min(c.Length - start, rng.Next(1, 4096));
        rng.NextBytes(c.AsSpan(start, len));
        return c;
    }

    public static byte[] Noise(Random rng)
    {
        var c = new byte[rng.Next(0, 65536)];
        rng.NextBytes(c);
        return c;
    }

    public static byte[] ShuffleLines(Random rng, byte[] b)
    {
        var lines = Encoding.UTF8.GetString(b).Split('\n');
        rng.Shuffle(lines);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    public static byte[] DropAndRepeatLines(Random rng, byte[] b)
    {
        var lines = Encoding.UTF8.GetString(b).Split('\n').ToList();
        for (int i = 0, n = rng.Next(1, 50); i < n && lines.Count > 1; i++)
        {
            var at = rng.Next(lines.Count);
            if (rng.Next(2) == 0)
            {
                lines.RemoveAt(at);
            }
            else
            {
                lines.Insert(rng.Next(lines.Count), lines[at]);
            }
        }
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    // Flips bytes inside the zip's central directory, where sizes, offsets and names are.
    public static byte[] CorruptCentralDirectory(Random rng, byte[] zip)
    {
        var headers = ZipPatch.CentralHeaders(zip);
        if (headers.Count == 0)
        {
            return FlipBits(rng, zip);
        }
        var c = (byte[])zip.Clone();
        var from = headers[0];
        for (int i = 0, n = rng.Next(1, 10); i < n; i++)
        {
            c[rng.Next(from, c.Length)] = (byte)rng.Next(256);
        }
        return c;
    }

    public static byte[] HugeDeclaredSize(Random rng, byte[] zip) =>
        ZipPatch.DeclareSize(zip, (uint)rng.NextInt64(64L * 1024 * 1024, uint.MaxValue));

    /// <summary>Rewrites word/document.xml of a .docx with the given change, keeping the other parts.</summary>
    public static byte[] RewriteDocument(byte[] docx, Func<string, string> change)
    {
        var parts = new Dictionary<string, byte[]>();
        using (var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read))
        {
            foreach (var e in zip.Entries)
            {
                using var s = e.Open();
                using var ms = new MemoryStream();
                s.CopyTo(ms);
                parts[e.FullName] = ms.ToArray();
            }
        }
        parts["word/document.xml"] = Encoding.UTF8.GetBytes(change(Encoding.UTF8.GetString(parts["word/document.xml"])));
        return DocxBuilder.ZipBytes(parts);
    }

    public static string BillionLaughs(string xml)
    {
        var dtd = new StringBuilder("<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">");
        var prev = "a";
        for (var i = 0; i < 10; i++)
        {
            dtd.Append($"<!ENTITY b{i} \"{string.Concat(Enumerable.Repeat($"&{prev};", 10))}\">");
            prev = $"b{i}";
        }
        dtd.Append("]>");
        var body = xml.IndexOf("<w:body>", StringComparison.Ordinal);
        var withRef = body < 0 ? xml : xml.Insert(body + 8, $"<w:p><w:r><w:t>&{prev};</w:t></w:r></w:p>");
        var root = withRef.IndexOf("<w:document", StringComparison.Ordinal);
        return root < 0 ? dtd + withRef : withRef.Insert(root, dtd.ToString());
    }

    public static string NestTables(Random rng, string xml)
    {
        var depth = rng.Next(1, 200);
        var open = string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", depth));
        var close = string.Concat(Enumerable.Repeat("<w:p/></w:tc></w:tr></w:tbl>", depth));
        var body = xml.IndexOf("<w:body>", StringComparison.Ordinal);
        return body < 0 ? xml : xml.Insert(body + 8, open + "<w:p><w:r><w:t>syvä</w:t></w:r></w:p>" + close);
    }

    public static string CutXml(Random rng, string xml)
    {
        var at = rng.Next(xml.Length);
        return rng.Next(2) == 0 ? xml[..at] : xml.Remove(at, Math.Min(xml.Length - at, rng.Next(1, 200)));
    }

    public static string DuplicateXml(Random rng, string xml)
    {
        var at = rng.Next(xml.Length);
        var len = Math.Min(xml.Length - at, rng.Next(1, 2000));
        return xml.Insert(rng.Next(xml.Length), xml.Substring(at, len));
    }
}
