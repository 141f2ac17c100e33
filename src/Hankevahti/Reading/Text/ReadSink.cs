using Hankevahti.Plans;

namespace Hankevahti.Reading.Text;

/// <summary>What a text read produces: blocks, artefacts and messages, all pointing at lines of one file.</summary>
internal sealed class ReadSink(string file)
{
    public string File { get; } = file;
    public List<Block> Blocks { get; } = [];
    public List<ReadArtefact> Artefacts { get; } = [];
    public List<ReadMessage> Messages { get; } = [];

    public SourceRef At(int line) => new() { File = File, Line = line };

    public void Add(Block block) => Blocks.Add(block);

    public void Artefact(string kind, string text, SourceRef source) => Artefacts.Add(new ReadArtefact(kind, text, source));

    public void Message(string code, Severity severity, string text, int? line) =>
        Messages.Add(new ReadMessage(severity, line is null ? $"{File}: {text}" : $"{File}, line {line}: {text}", line is null ? new SourceRef { File = File } : At(line.Value), code));
}
