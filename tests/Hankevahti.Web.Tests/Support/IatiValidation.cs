using System.Xml;
using System.Xml.Schema;

namespace Hankevahti.Web.Tests.Support;

/// <summary>
/// Validates a downloaded IATI file against the official 2.03 schemas kept with the core tests
/// (tests/Hankevahti.Tests/Fixtures/Iati/schemas) and Hankevahti's extension schema, offline: includes and
/// imports resolve only to files of that folder. Errors and warnings both count.
/// </summary>
internal static class IatiValidation
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Hankevahti.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("the repository root (Hankevahti.slnx) is not above " + AppContext.BaseDirectory);
    });

    private static string Schemas => Path.Combine(Root.Value, "tests", "Hankevahti.Tests", "Fixtures", "Iati", "schemas");

    private static readonly Lazy<XmlSchemaSet> Set = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new LocalOnly(Schemas) };
        foreach (var path in new[] { Path.Combine(Schemas, "iati-activities-schema.xsd"), Path.Combine(Root.Value, "src", "Hankevahti", "Export", "Iati", "hankevahti-iati-1.xsd") })
        {
            using var reader = XmlReader.Create(path, new XmlReaderSettings { XmlResolver = null });
            set.Add(null, reader);
        }
        set.Compile();
        return set;
    });

    public static IReadOnlyList<string> Problems(byte[] xml)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
            Schemas = Set.Value,
            XmlResolver = null,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }
        return problems;
    }

    private sealed class LocalOnly(string folder) : XmlResolver
    {
        public override object GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var path = Path.Combine(folder, Path.GetFileName(absoluteUri.LocalPath));
            return File.Exists(path) ? File.OpenRead(path) : throw new XmlException($"schema {absoluteUri} is not a kept local file");
        }

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) => new(Path.Combine(folder, Path.GetFileName(relativeUri ?? "")));
    }
}
