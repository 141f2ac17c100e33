namespace Hankevahti.Limits;

/// <summary>Sizes of files people attach, checked before anything is stored.</summary>
public static class FileLimits
{
    /// <summary>
    /// The largest evidence file of a measured value: 10 MB fits a scanned page, a photo or a spreadsheet of a
    /// survey's answers, and keeps the database (where evidence is stored) from growing by a video at a time.
    /// </summary>
    public const long EvidenceMaxBytes = 10L * 1024 * 1024;

    /// <summary>The longest file name kept; a longer one is cut (its extension kept).</summary>
    public const int FileNameMaxLength = 200;
}
