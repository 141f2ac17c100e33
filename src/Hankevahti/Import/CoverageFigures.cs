using Hankevahti.Plans;

namespace Hankevahti.Import;

/// <summary>Figures derived from an import report.</summary>
public static class CoverageFigures
{
    /// <summary>Share of content words (artefacts excluded) that were placed, structured or as text; 0–100.</summary>
    public static decimal PlacedPercent(ImportInfo info)
    {
        var content = info.TotalWords - info.ArtefactWords;
        return content <= 0 ? 100m : Math.Round(100m * (info.StructuredWords + info.TextWords) / content, 2);
    }

    /// <summary>Share of content words taken into structured fields; 0–100.</summary>
    public static decimal StructuredPercent(ImportInfo info)
    {
        var content = info.TotalWords - info.ArtefactWords;
        return content <= 0 ? 0m : Math.Round(100m * info.StructuredWords / content, 2);
    }
}
