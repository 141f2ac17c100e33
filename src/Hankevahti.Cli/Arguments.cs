namespace Hankevahti.Cli;

/// <summary>
/// A subcommand's arguments after the global ones were taken out: options with values, --help, the
/// positional arguments, and (for serve) options that are passed on unparsed.
/// </summary>
internal sealed class Arguments
{
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);
    public List<string> Positional { get; } = [];
    public List<string> PassedOn { get; } = [];
    public HashSet<string> Flags { get; } = new(StringComparer.Ordinal);
    public bool Help { get; private set; }

    /// <summary>An option as written, "--format json" or "--format=json".</summary>
    public static bool IsOption(string arg) =>
        arg.Length > 1 && arg[0] == '-' && (arg[1] == '-' ? arg.Length > 2 : !char.IsDigit(arg[1]));

    /// <param name="command">The subcommand, for messages.</param>
    /// <param name="options">The options that take a value, each with what it expects ("a project id").</param>
    /// <param name="passOn">Whether options the command does not know are kept for someone else (ASP.NET Core) rather than refused.</param>
    /// <param name="flags">Options that take no value (--save).</param>
    public static Arguments Parse(string command, IReadOnlyList<string> args, IReadOnlyDictionary<string, string> options, bool passOn = false, IReadOnlyCollection<string>? flags = null)
    {
        var result = new Arguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                result.Help = true;
                continue;
            }
            if (!IsOption(arg))
            {
                result.Positional.Add(arg);
                continue;
            }
            var eq = arg.IndexOf('=');
            var name = eq > 0 ? arg[..eq] : arg;
            if (flags is not null && flags.Contains(arg))
            {
                result.Flags.Add(arg);
                continue;
            }
            if (options.TryGetValue(name, out var expects))
            {
                var value = eq > 0 ? arg[(eq + 1)..] : i + 1 < args.Count && !IsOption(args[i + 1]) ? args[++i] : null;
                if (string.IsNullOrEmpty(value))
                {
                    throw new UsageException($"{name} needs a value: {expects}", command);
                }
                if (!result.Values.TryAdd(name, value))
                {
                    throw new UsageException($"{name} is given more than once; give it once", command);
                }
                continue;
            }
            if (passOn)
            {
                result.PassedOn.Add(arg);
                // "--environment Development": the word after an option is its value, as ASP.NET Core reads it.
                if (eq < 0 && i + 1 < args.Count && !IsOption(args[i + 1]))
                {
                    result.PassedOn.Add(args[++i]);
                }
                continue;
            }
            var known = string.Join(", ", options.Keys.Concat(flags ?? []).Append("--data").Append("--help"));
            throw new UsageException($"unknown option '{name}'; {command} takes {known}", command);
        }
        return result;
    }

    public string? Get(string name) => Values.GetValueOrDefault(name);

    public bool Has(string flag) => Flags.Contains(flag);

    /// <summary>Refuses positional arguments for a command that takes none.</summary>
    public void NoPositional(string command)
    {
        if (Positional.Count > 0)
        {
            throw new UsageException($"unexpected argument '{Positional[0]}'; {command} takes only options", command);
        }
    }
}
