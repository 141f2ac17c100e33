namespace Hankevahti.Web.Import;

/// <summary>Where an upload is on its way from the form to a saved project.</summary>
public enum ImportState
{
    /// <summary>In the queue: other uploads are being read.</summary>
    Waiting,
    /// <summary>Being read and imported.</summary>
    Reading,
    /// <summary>Read: its preview is shown and it can be saved.</summary>
    Ready,
    /// <summary>Could not be imported; <see cref="PendingImport.Preview"/> says why (or it was dropped for the limits).</summary>
    Failed,
    /// <summary>A save of it is under way; a second press of the button waits for that one.</summary>
    Saving,
    /// <summary>Saved; the token leads to the project from now on.</summary>
    Saved,
}

/// <summary>
/// One upload kept under a random token by <see cref="PendingImports"/>, which alone changes its
/// state (under its lock). Pages read it; what they read is a snapshot of a moment.
/// </summary>
public sealed class PendingImport
{
    internal PendingImport(string token, string file, long bytes, DateTimeOffset created, byte[]? source)
    {
        Token = token;
        File = file;
        Bytes = bytes;
        Created = created;
        Source = source;
    }

    public string Token { get; }
    public string File { get; }

    /// <summary>Who uploaded it (the account's id; "" for the local owner): only they see its preview and may save it.</summary>
    public string Owner { get; init; } = "";
    public long Bytes { get; }
    public DateTimeOffset Created { get; }
    public ImportState State { get; internal set; }

    /// <summary>What was read, once it was (also when the import failed: it says why).</summary>
    public ImportPreview? Preview { get; internal set; }

    /// <summary>Whether corrections saved with an earlier import of the same file were looked for (once, when the preview is first shown).</summary>
    internal bool LookedForEarlier { get; set; }

    /// <summary>The project's address once saved.</summary>
    public string? SavedTo { get; internal set; }

    /// <summary>The file's bytes while it waits or is read; dropped after.</summary>
    internal byte[]? Source { get; set; }

    /// <summary>What it is counted as against the memory budget now.</summary>
    internal long Estimate { get; set; }

    /// <summary>When it was read (or saved): its lifetime runs from here.</summary>
    internal DateTimeOffset Finished { get; set; }

    internal TaskCompletionSource ReadDone { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal TaskCompletionSource<string?>? Saving { get; set; }

    /// <summary>Completes when the upload has been read (or failed, or was dropped).</summary>
    public Task Read => ReadDone.Task;
}
