using System.Text;
using Hankevahti.Import;
using Hankevahti.Plans;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Import.Money;

/// <summary>Imports a small made-up plan text with only the recognisers a test is about.</summary>
internal static class MoneyImport
{
    public static Plan Run(string text, params IRecogniser[] recognisers)
    {
        var read = PlanTextReader.Read(Encoding.UTF8.GetBytes(text), "t.txt");
        var result = PlanImporter.Import(read, "t.txt", recognisers);
        return result.Plan ?? throw new InvalidOperationException(result.Error);
    }

    public static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
        sections.SelectMany(s => Flatten(s.Children).Prepend(s));
}
