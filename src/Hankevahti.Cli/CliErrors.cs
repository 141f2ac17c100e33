namespace Hankevahti.Cli;

/// <summary>The command line was wrong: exit code 2, the message and a pointer to --help.</summary>
internal sealed class UsageException(string message, string? command = null) : Exception(message)
{
    /// <summary>The subcommand the message is about, for the "hankevahti export:" prefix; null for the command line as a whole.</summary>
    public string? Command { get; } = command;
}

/// <summary>The command was right but could not be carried out (no such project, database unreachable): exit code 1.</summary>
internal sealed class CliFailure(string message) : Exception(message);
