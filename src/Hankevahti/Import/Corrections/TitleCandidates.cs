using Hankevahti.Import.Overview;
using Hankevahti.Reading;

namespace Hankevahti.Import.Corrections;

/// <summary>The readings of a document's title the import preview offers to pick from: the first page's, most certain first.</summary>
public static class TitleCandidates
{
    public static IReadOnlyList<string> Of(ReadResult read, int max = 6)
    {
        if (read.HasErrors || read.Blocks.Count == 0)
        {
            return [];
        }
        try
        {
            var root = Outline.Build(read.Blocks, read.Origin);
            return [.. TitleFinder.Candidates(root).Select(t => t.Name).Where(n => n.Length is > 0 and <= 300).Distinct(StringComparer.Ordinal).Take(max)];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only a help for choosing; the user can still type the title.
            return [];
        }
    }
}
