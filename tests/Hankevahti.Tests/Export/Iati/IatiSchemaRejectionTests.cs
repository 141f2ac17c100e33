using System.Xml.Linq;
using Hankevahti.Export.Iati;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Export.Iati;

/// <summary>
/// The validation the export tests rely on does reject a broken document, and names what is wrong: otherwise
/// "0 errors" would prove nothing.
/// </summary>
public class IatiSchemaRejectionTests
{
    private static XElement ValidActivity(XDocument document) => document.Root!.Element("iati-activity")!;

    /// <summary>Each row: how a valid export is broken, and a word the validator's message must name.</summary>
    public static TheoryData<string, Action<XDocument>, string> Breakages() => new()
    {
        // The XSD is a sequence: activity-status after the dates is out of order.
        { "element out of order", d => { var s = ValidActivity(d).Element("activity-status")!; s.Remove(); ValidActivity(d).Elements("activity-date").Last().AddAfterSelf(s); }, "activity-status" },
        // iati-identifier is required, exactly once.
        { "missing iati-identifier", d => ValidActivity(d).Element("iati-identifier")!.Remove(), "iati-identifier" },
        // iso-date is xsd:date: no 13th month.
        { "bad date", d => ValidActivity(d).Element("activity-date")!.SetAttributeValue("iso-date", "2026-13-01"), "iso-date" },
        // A Finnish decimal comma is not an xsd:decimal.
        { "decimal comma", d => ValidActivity(d).Element("transaction")!.Element("value")!.Value = "1234,56", "1234,56" },
        // Only elements of another namespace may be added; an unqualified one is not IATI.
        { "unknown element", d => ValidActivity(d).Add(new XElement("own-funding", "1")), "own-funding" },
        // The extension's own schema holds: a risk likelihood of 7 is off the 1–5 scale.
        { "extension off its schema", d => ValidActivity(d).Descendants(IatiExtension.Ns + "assessment").First().SetAttributeValue("likelihood", "7"), "likelihood" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void A_broken_document_is_rejected_with_an_error_naming_what_is_wrong(string breakage, Action<XDocument> breakIt, string named)
    {
        var document = IatiDocument.Make([IatiTestProjects.Seed(Seeds.HyvanTyon)], IatiTestProjects.Options, IatiTestProjects.Generated).Document!;
        Assert.Empty(IatiSchemas.Validate(IatiDocument.Bytes(document)));

        breakIt(document);
        var problems = IatiSchemas.Validate(IatiDocument.Bytes(document));

        Assert.True(problems.Any(p => p.StartsWith("Error", StringComparison.Ordinal) && p.Contains(named, StringComparison.Ordinal)),
            $"{breakage}: expected an error naming '{named}', got: " + string.Join(" | ", problems));
    }
}
