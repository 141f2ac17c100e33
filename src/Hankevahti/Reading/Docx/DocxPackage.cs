using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Hankevahti.Reading.Docx;

/// <summary>
/// Opens a .docx zip defensively: the central directory is checked against entry-count and
/// expansion limits before any part is inflated, parts are inflated with a hard cap whatever
/// size they declare, and XML is parsed with DTDs prohibited and a nesting limit.
/// </summary>
internal sealed class DocxPackage : IDisposable
{
    public const long MaxFileBytes = 20L * 1024 * 1024;
    public const int MaxEntries = 2000;
    public const long MaxTotalExpansion = 100L * 1024 * 1024;
    public const long MaxPartBytes = 50L * 1024 * 1024;
    // Real documents compress text about 5-20×; a bomb of repeated bytes reaches 1000×.
    public const double MaxRatio = 200;
    public const int MaxXmlDepth = 256;

    private readonly ZipArchive zip;

    private DocxPackage(ZipArchive zip) => this.zip = zip;

    /// <summary>Opens the package or returns the one-line reason it cannot be read (without the file name).</summary>
    public static (DocxPackage? Package, string? Error) Open(byte[] bytes)
    {
        if (bytes.LongLength > MaxFileBytes)
        {
            return (null, $"the file is {bytes.LongLength / (1024 * 1024)} MB, over the limit of {MaxFileBytes / (1024 * 1024)} MB");
        }
        if (bytes.Length >= 4 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
        {
            return (null, "is encrypted or an old .doc file (an OLE compound file, not Office Open XML); save it as an unencrypted .docx");
        }
        if (bytes.Length < 4 || bytes[0] != (byte)'P' || bytes[1] != (byte)'K')
        {
            return (null, "is not a .docx file (not a zip archive)");
        }
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            return (null, $"is damaged or truncated (the zip archive cannot be opened: {OneLine(e.Message)})");
        }
        try
        {
            var error = CheckDirectory(zip);
            if (error is not null)
            {
                zip.Dispose();
                return (null, error);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException or NotSupportedException)
        {
            zip.Dispose();
            return (null, $"is damaged or truncated (zip central directory: {OneLine(e.Message)})");
        }
        return (new DocxPackage(zip), null);
    }

    private static string? CheckDirectory(ZipArchive zip)
    {
        var entries = zip.Entries;
        if (entries.Count > MaxEntries)
        {
            return $"has {entries.Count} zip entries, over the limit of {MaxEntries}";
        }
        long total = 0, compressed = 0;
        foreach (var e in entries)
        {
            if (e.Length < 0 || e.CompressedLength < 0)
            {
                return "is damaged (negative size in the zip central directory)";
            }
            total += e.Length;
            compressed += e.CompressedLength;
            if (total > MaxTotalExpansion)
            {
                return $"would expand to over {MaxTotalExpansion / (1024 * 1024)} MB (zip bomb guard)";
            }
        }
        if (total > 1024 * 1024 && total > MaxRatio * Math.Max(1, compressed))
        {
            return $"has a suspicious compression ratio ({total} bytes from {compressed}; zip bomb guard)";
        }
        if (zip.GetEntry("word/document.xml") is null)
        {
            return "is a zip archive but not a Word document (no word/document.xml)";
        }
        return null;
    }

    public bool Has(string part) => zip.GetEntry(part) is not null;

    /// <summary>The names of the package's parts ("word/header1.xml"…), in zip order.</summary>
    public IEnumerable<string> PartNames() => zip.Entries.Select(e => e.FullName);

    /// <summary>Loads one XML part, or returns why not. A missing part gives (null, null).</summary>
    public (XDocument? Xml, string? Error) LoadXml(string part)
    {
        var entry = zip.GetEntry(part);
        if (entry is null)
        {
            return (null, null);
        }
        byte[] data;
        try
        {
            data = Inflate(entry);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return (null, $"is damaged or truncated ({part}: {OneLine(e.Message)})");
        }
        if (data.LongLength > MaxPartBytes)
        {
            return (null, $"{part} is larger than {MaxPartBytes / (1024 * 1024)} MB (zip bomb guard)");
        }
        try
        {
            // XDocument.Load builds the tree without recursion, so the depth is checked on the tree (one parse, not two).
            using var reader = XmlReader.Create(new MemoryStream(data), Settings());
            var xml = XDocument.Load(reader, LoadOptions.None);
            return TooDeep(xml) ? (null, $"{part} nests elements deeper than {MaxXmlDepth} levels") : (xml, null);
        }
        catch (XmlException e)
        {
            return (null, $"has invalid XML in {part} ({OneLine(e.Message)})");
        }
    }

    // The declared size may lie, so inflation stops at the cap rather than trusting Length.
    private static byte[] Inflate(ZipArchiveEntry entry)
    {
        using var input = entry.Open();
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
        {
            output.Write(buffer, 0, n);
            if (output.Length > MaxPartBytes)
            {
                break;
            }
        }
        return output.ToArray();
    }

    // The body walk recurses over elements, so depth is bounded before it starts.
    private static bool TooDeep(XDocument xml)
    {
        if (xml.Root is null)
        {
            return false;
        }
        var stack = new Stack<(XElement Element, int Depth)>();
        stack.Push((xml.Root, 1));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > MaxXmlDepth)
            {
                return true;
            }
            foreach (var child in element.Elements())
            {
                stack.Push((child, depth + 1));
            }
        }
        return false;
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = MaxPartBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    internal static string OneLine(string s) => string.Join(' ', s.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    public void Dispose() => zip.Dispose();
}
