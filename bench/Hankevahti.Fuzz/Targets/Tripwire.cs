using Hankevahti.Import;

namespace Hankevahti.Fuzz.Targets;

/// <summary>
/// Wraps a recogniser and remembers what it threw. The importer rightly swallows a recogniser's exception
/// (its text is kept as section text and a warning is added), so without this a recogniser bug would look
/// like a normal import to the fuzzer.
/// </summary>
internal sealed class Tripwire(IRecogniser inner) : IRecogniser
{
    public IRecogniser Inner => inner;

    public Exception? Thrown { get; private set; }

    public void Run(ImportContext context)
    {
        try
        {
            inner.Run(context);
        }
        catch (Exception e)
        {
            Thrown ??= e;
            throw;
        }
    }
}
