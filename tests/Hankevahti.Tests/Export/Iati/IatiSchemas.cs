using System.Xml;
using System.Xml.Schema;
using Hankevahti.Tests.Support;

namespace Hankevahti.Tests.Export.Iati;

/// <summary>
/// The official IATI 2.03 schemas (Fixtures/Iati/schemas, see the README there) and Hankevahti's extension schema,
/// compiled once, and a validator that reports every error and warning with its line.
/// </summary>
internal static class IatiSchemas
{
    public static string Folder => RepoFiles.Path("tests", "Hankevahti.Tests", "Fixtures", "Iati", "schemas");
    public static string ExtensionSchema => RepoFiles.Path("src", "Hankevahti", "Export", "Iati", "hankevahti-iati-1.xsd");

    private static readonly Lazy<XmlSchemaSet> Set = new(Compile);

    /// <summary>The errors and warnings of validating <paramref name="xml"/>, as "line N: message"; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(byte[] xml, bool withExtension = true)
    {
        var problems = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            // Warnings too: an element the schemas do not know, which "lax" would pass silently, is reported.
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings | XmlSchemaValidationFlags.ProcessIdentityConstraints,
            XmlResolver = null,
            DtdProcessing = DtdProcessing.Prohibit,
        };
        settings.Schemas = withExtension ? Set.Value : CompileOfficial();
        settings.ValidationEventHandler += (_, e) =>
            problems.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            problems.Add($"Error line {e.LineNumber}: {e.Message}");
        }
        return problems;
    }

    private static XmlSchemaSet CompileOfficial() => Compile(includeExtension: false);

    private static XmlSchemaSet Compile() => Compile(includeExtension: true);

    private static XmlSchemaSet Compile(bool includeExtension)
    {
        var set = new XmlSchemaSet { XmlResolver = new LocalOnlyResolver(Folder) };
        var errors = new List<string>();
        set.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        Add(set, Path.Combine(Folder, "iati-activities-schema.xsd"));
        if (includeExtension)
        {
            Add(set, ExtensionSchema);
        }
        set.Compile();
        Assert.True(errors.Count == 0, "the schemas do not compile: " + string.Join("; ", errors));
        return set;
    }

    private static void Add(XmlSchemaSet set, string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { XmlResolver = null, DtdProcessing = DtdProcessing.Prohibit });
        set.Add(null, reader);
    }

    /// <summary>
    /// Resolves an include or import to the file of that name in the fixture folder and nothing else: no network, no
    /// other folder, so the test checks against exactly the kept 2.03 files.
    /// </summary>
    private sealed class LocalOnlyResolver(string folder) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var path = Path.Combine(folder, Path.GetFileName(absoluteUri.LocalPath));
            if (!File.Exists(path))
            {
                throw new XmlException($"schema {absoluteUri} is not a kept local file (looked for {path})");
            }
            return File.OpenRead(path);
        }

        public override Uri ResolveUri(Uri? baseUri, string? relativeUri) =>
            new(Path.Combine(folder, Path.GetFileName(relativeUri ?? "")));
    }
}
