using Hankevahti.Fuzz.Targets;
using SharpFuzz;

// The AFL++ harness for the document readers; bench/fuzz.sh builds, instruments and runs it.
//   Hankevahti.Fuzz TARGET               under afl-fuzz: the fork server; alone: one run on stdin
//   Hankevahti.Fuzz replay TARGET FILE…  runs files through the target and prints what each did
//   Hankevahti.Fuzz pack PARTS OUT       zips a docx-target input (see DocxParts) into a .docx
return args switch
{
    ["replay", var target, .. var files] when ReaderTargets.Names.Contains(target) => Replay(target, files),
    ["pack", var parts, var output] => Pack(parts, output),
    [var target] when ReaderTargets.Names.Contains(target) => Fuzz(target),
    _ => Usage(),
};

static int Fuzz(string target)
{
    // Out of process: the fork server survives a hang (AFL++ kills the child at its timeout) or a stack
    // overflow, which in-process fuzzing would end the whole run on. FUZZ_IN_PROCESS=1 trades that for speed.
    Action<Stream> run = stream => ReaderTargets.Run(target, ReadAll(stream));
    if (Environment.GetEnvironmentVariable("FUZZ_IN_PROCESS") == "1")
    {
        Fuzzer.Run(run);
    }
    else
    {
        Fuzzer.OutOfProcess.Run(run);
    }
    return 0;
}

static int Replay(string target, string[] files)
{
    var bad = 0;
    foreach (var file in files)
    {
        try
        {
            var outcomes = ReaderTargets.Run(target, File.ReadAllBytes(file));
            Console.WriteLine($"ok       {file}");
            foreach (var outcome in outcomes)
            {
                Console.WriteLine($"         {outcome}");
            }
        }
        catch (Exception e)
        {
            bad++;
            Console.WriteLine($"FINDING  {file}\n{e}");
        }
    }
    return bad == 0 ? 0 : 1;
}

static int Pack(string parts, string output)
{
    File.WriteAllBytes(output, DocxParts.Pack(File.ReadAllBytes(parts)));
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine($"usage: Hankevahti.Fuzz TARGET | replay TARGET FILE… | pack PARTS OUT   (TARGET: {string.Join(", ", ReaderTargets.Names)})");
    return 2;
}

static byte[] ReadAll(Stream stream)
{
    using var ms = new MemoryStream();
    stream.CopyTo(ms);
    return ms.ToArray();
}
