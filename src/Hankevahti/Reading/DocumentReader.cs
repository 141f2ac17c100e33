using Hankevahti.Plans;
using Hankevahti.Reading.Text;

namespace Hankevahti.Reading;

/// <summary>Chooses the reader for a file by its extension and checks that the content matches it.</summary>
public static class DocumentReader
{
    public static ReadResult ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(name, $"{name}: file not found.");
            }
            if (info.Length > PlanTextReader.MaxBytes)
            {
                return Fail(name, $"{name}: the file is {info.Length / (1024 * 1024)} MB, over the limit of {PlanTextReader.MaxBytes / (1024 * 1024)} MB.");
            }
            return Read(File.ReadAllBytes(path), name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(name, $"{name}: cannot be read ({e.Message}).");
        }
    }

    public static ReadResult Read(byte[] bytes, string file)
    {
        var ext = Path.GetExtension(file).ToLowerInvariant();
        return ext switch
        {
            ".txt" or ".md" or ".markdown" or ".text" => PlanTextReader.Read(bytes, file),
            _ => Fail(file, $"{file}: unsupported file type \"{ext}\"; expected .docx, .pdf, .txt or .md."),
        };
    }

    private static ReadResult Fail(string file, string message) =>
        new([], [new ReadMessage(Severity.Error, message, new SourceRef { File = file })]);
}
