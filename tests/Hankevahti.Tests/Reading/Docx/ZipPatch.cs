namespace Hankevahti.Tests.Reading.Docx;

/// <summary>Byte-level edits of a zip's central directory, for damaged and lying archives.</summary>
internal static class ZipPatch
{
    /// <summary>Offsets of the central directory file headers (signature PK\1\2).</summary>
    public static List<int> CentralHeaders(byte[] zip)
    {
        var found = new List<int>();
        for (var i = 0; i + 4 <= zip.Length; i++)
        {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4B && zip[i + 2] == 1 && zip[i + 3] == 2)
            {
                found.Add(i);
            }
        }
        return found;
    }

    /// <summary>Sets the declared uncompressed size of every entry in the central directory.</summary>
    public static byte[] DeclareSize(byte[] zip, uint size)
    {
        var copy = (byte[])zip.Clone();
        foreach (var at in CentralHeaders(copy))
        {
            BitConverter.TryWriteBytes(copy.AsSpan(at + 24, 4), size);
        }
        return copy;
    }
}
