using System.Diagnostics;
using System.Text.Json;

namespace Hankevahti.Bench;

/// <summary>
/// Runs <see cref="ImportProbe"/> as a child process: for "after" the bench's own build, for "before" a
/// build of ImportProbe.cs against the importer of a baseline commit, checked out with
/// <c>git worktree add</c> into a temp folder that is removed afterwards.
/// </summary>
internal static class BaselineRun
{
    /// <summary>The commit to compare with: the one given, else b80ab00, else the parent of the first commit that touched the vocabulary.</summary>
    public static string? Resolve(string root, string? given)
    {
        foreach (var candidate in given is null ? ["b80ab00"] : new[] { given })
        {
            if (Git(root, ["rev-parse", "--verify", "--quiet", candidate + "^{commit}"]) is { Length: > 0 } sha)
            {
                return sha.Trim();
            }
        }
        if (given is not null)
        {
            return null;
        }
        var first = Git(root, ["log", "--format=%H", "--", "src/Hankevahti/Vocabulary"])?.Split('\n', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        return first is null ? null : Git(root, ["rev-parse", "--verify", "--quiet", first + "^"])?.Trim();
    }

    /// <summary>Checks out and builds the probe at <paramref name="commit"/>; returns the command that runs it, or null with the reason on stderr.</summary>
    public static string[]? Build(string root, string commit, string folder)
    {
        var tree = Path.Combine(folder, "baseline");
        if (Git(root, ["worktree", "add", "--detach", tree, commit]) is null)
        {
            return null;
        }
        var probe = Path.Combine(tree, "bench", "ImportProbe");
        Directory.CreateDirectory(probe);
        File.Copy(Path.Combine(root, "bench", "Hankevahti.Bench", "ImportProbe.cs"), Path.Combine(probe, "ImportProbe.cs"));
        File.WriteAllText(Path.Combine(probe, "Program.cs"), "return Hankevahti.Bench.ImportProbe.Run(args);\n");
        File.WriteAllText(Path.Combine(probe, "ImportProbe.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TieredCompilation>false</TieredCompilation>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../../src/Hankevahti/Hankevahti.csproj" />
              </ItemGroup>
            </Project>
            """);
        var output = Path.Combine(folder, "baseline-out");
        if (Exec("dotnet", ["build", Path.Combine(probe, "ImportProbe.csproj"), "-c", "Release", "-o", output, "--nologo", "-v", "q"], null, TimeSpan.FromMinutes(10)) is null)
        {
            return null;
        }
        return ["dotnet", Path.Combine(output, "ImportProbe.dll")];
    }

    /// <summary>The commit's subject line, for the header.</summary>
    public static string Subject(string root, string commit)
    {
        var subject = Git(root, ["log", "-1", "--format=%s", commit])?.Trim() ?? "";
        return subject.Length > 90 ? subject[..90] + "…" : subject;
    }

    /// <summary>HEAD and whether the tree has uncommitted changes.</summary>
    public static string Describe(string root) =>
        $"HEAD {Git(root, ["rev-parse", "--short=10", "HEAD"])?.Trim()}{(Git(root, ["status", "--porcelain", "--", "src"]) is { Length: > 0 } ? " + uncommitted changes in src" : "")}";

    /// <summary>The command that runs this bench's own probe (the code under test) in a fresh process.</summary>
    public static string[] Current()
    {
        var self = Environment.ProcessPath!;
        return Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? [self, typeof(BaselineRun).Assembly.Location]
            : [self];
    }

    public static List<ProbeFigure>? Measure(string[] command, IReadOnlyList<string> files, int runs, int warmup)
    {
        var args = command.Skip(1).Concat(["import-probe", "--runs", runs.ToString(), "--warmup", warmup.ToString()]).Concat(files).ToList();
        var stdout = Exec(command[0], args, null, TimeSpan.FromMinutes(30));
        return stdout is null ? null : JsonSerializer.Deserialize<List<ProbeFigure>>(stdout.Trim().Split('\n').Last());
    }

    public static void Remove(string root, string folder)
    {
        var tree = Path.Combine(folder, "baseline");
        if (Directory.Exists(tree))
        {
            Git(root, ["worktree", "remove", "--force", tree]);
        }
        Git(root, ["worktree", "prune"]);
    }

    private static string? Git(string root, IReadOnlyList<string> args) => Exec("git", ["-C", root, .. args], null, TimeSpan.FromMinutes(2), quiet: args[0] == "rev-parse");

    private static string? Exec(string tool, IReadOnlyList<string> args, string? cwd, TimeSpan timeout, bool quiet = false)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = cwd ?? "" };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            Console.Error.WriteLine($"{tool} {string.Join(' ', args)}: timed out");
            return null;
        }
        if (p.ExitCode != 0)
        {
            if (!quiet)
            {
                Console.Error.WriteLine($"{tool} {string.Join(' ', args)} failed ({p.ExitCode}): {stderr.Result}{stdout.Result}");
            }
            return null;
        }
        return stdout.Result;
    }
}
