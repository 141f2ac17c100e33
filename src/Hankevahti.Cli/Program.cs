using System.Text;

namespace Hankevahti.Cli;

public static class Program
{
    public static Task<int> Main(string[] args)
    {
        // Names are Finnish (ä, ö); a console left in a legacy code page would print them as question marks.
        if (Console.OutputEncoding.CodePage != Encoding.UTF8.CodePage)
        {
            Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        return Cli.RunAsync(args, Console.In, Console.Out, Console.Error, stdinIsTerminal: !Console.IsInputRedirected);
    }
}
