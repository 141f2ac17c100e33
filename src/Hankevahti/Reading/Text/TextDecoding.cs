using System.Text;
using Hankevahti.Plans;

namespace Hankevahti.Reading.Text;

/// <summary>Turns the bytes of a text export into a string: UTF-8 first, Windows-1252 for exports saved as "ANSI".</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Decode(byte[] bytes, string file, List<ReadMessage> messages)
    {
        try
        {
            return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // 1252 maps every byte, so this cannot fail; the warning tells the user why ä may look odd.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            messages.Add(new ReadMessage(Severity.Warning, $"{file}: not valid UTF-8, read as Windows-1252.", new SourceRef { File = file }, ImportNoteCodes.ReadEncoding));
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
