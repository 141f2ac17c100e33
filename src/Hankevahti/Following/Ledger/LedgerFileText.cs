using System.Text;

namespace Hankevahti.Following.Ledger;

/// <summary>
/// The text of a CSV ledger export: UTF-8 (with or without a byte-order mark) when every byte of it is valid
/// UTF-8, else Windows-1252, the code page older finance systems on Finnish Windows write ("€" is 0x80 there,
/// which Latin-1 does not have).
/// </summary>
public static class LedgerFileText
{
    static LedgerFileText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding WindowsAnsi => Encoding.GetEncoding(1252);

    /// <summary>The encoding of a seekable stream's bytes, read through once and rewound.</summary>
    public static Encoding Detect(Stream stream)
    {
        var start = stream.Position;
        try
        {
            var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
            var bytes = new byte[64 * 1024];
            var chars = new char[64 * 1024 + 4];
            int read;
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return WindowsAnsi;
        }
        finally
        {
            stream.Position = start;
        }
    }
}
