namespace Hankevahti.Fuzz.Targets;

/// <summary>
/// An input that the readers or the importer got wrong: an exception escaped, a last-resort catch turned a
/// bug into a message, or the refusal does not read as one line naming the file. The harness lets it escape
/// so that AFL++ records the input as a crash.
/// </summary>
public sealed class ReaderFinding(string message, Exception? inner = null) : Exception(message, inner);
