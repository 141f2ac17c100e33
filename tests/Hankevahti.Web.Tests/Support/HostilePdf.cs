using System.IO.Compression;
using System.Text;

namespace Hankevahti.Web.Tests.Support;

/// <summary>
/// A small PDF that is costly to extract: one page whose compressed content stream places the same
/// words at thousands of positions. pdftotext's time and memory grow faster than the count (30 000
/// placements take it about a second and 100–200 MB; 400 000 on four pages ran for 16 minutes and 2.3
/// GB), while the file stays a few tens of kilobytes: the kind of upload that once ran eight pdftotext
/// processes at once.
/// </summary>
internal static class HostilePdf
{
    public static byte[] Build(int placements)
    {
        var ops = new StringBuilder("BT /F1 8 Tf\n");
        for (var i = 0; i < placements; i++)
        {
            ops.Append("1 0 0 1 ").Append(i % 500).Append(' ').Append(i * 7 % 700).Append(" Tm (hankesuunnitelma teksti) Tj\n");
        }
        ops.Append("ET");
        byte[] content;
        using (var packed = new MemoryStream())
        {
            using (var z = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                z.Write(Encoding.ASCII.GetBytes(ops.ToString()));
            }
            content = packed.ToArray();
        }
        var objects = new List<byte[]>
        {
            Ascii("<< /Type /Catalog /Pages 2 0 R >>"),
            Ascii("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Ascii("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
            Ascii("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            Ascii($"<< /Length {content.Length} /Filter /FlateDecode >>\nstream\n").Concat(content).Concat(Ascii("\nendstream")).ToArray(),
        };
        using var pdf = new MemoryStream();
        pdf.Write(Ascii("%PDF-1.4\n"));
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Position);
            pdf.Write(Ascii($"{i + 1} 0 obj\n"));
            pdf.Write(objects[i]);
            pdf.Write(Ascii("\nendobj\n"));
        }
        var xref = pdf.Position;
        pdf.Write(Ascii($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n"));
        foreach (var offset in offsets)
        {
            pdf.Write(Ascii($"{offset:D10} 00000 n \n"));
        }
        pdf.Write(Ascii($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"));
        return pdf.ToArray();
    }

    private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);
}
