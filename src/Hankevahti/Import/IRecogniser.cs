namespace Hankevahti.Import;

/// <summary>
/// One small step of the import: finds the sections or blocks it knows, adds what it understood
/// to <see cref="ImportContext.Plan"/> with source locations, and claims those blocks.
/// Problems go to <see cref="ImportContext.Notes"/>; a recogniser does not throw on odd input.
/// </summary>
public interface IRecogniser
{
    void Run(ImportContext context);
}
