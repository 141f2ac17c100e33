using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Hankevahti.Export.Iati;

/// <summary>An iati-activities file and the projects that could not be in it, each with its reason.</summary>
public sealed record IatiExport(XDocument? Document, IReadOnlyList<string> Skipped, string? Problem)
{
    public int Activities => Document?.Root?.Elements("iati-activity").Count() ?? 0;
}

/// <summary>
/// Makes the iati-activities document (version 2.03) of one or many projects. A project that cannot be an
/// activity is left out with its reason; a file with no activity at all is not made (the schema wants one).
/// </summary>
public static class IatiDocument
{
    public const string Version = "2.03";
    public const string ContentType = "application/xml; charset=utf-8";

    public static IatiExport Make(IEnumerable<IatiProject> projects, IatiOptions options, DateTimeOffset generated)
    {
        if (options.Problem() is { } problem)
        {
            return new(null, [], problem);
        }
        var activities = new List<XElement>();
        var skipped = new List<string>();
        foreach (var project in projects)
        {
            var result = IatiActivity.Write(project, options);
            if (result.Activity is { } activity)
            {
                activities.Add(activity);
            }
            else
            {
                skipped.Add(result.Problem!);
            }
        }
        if (activities.Count == 0)
        {
            return new(null, skipped, skipped.Count == 0 ? "there is no project to export" : "no project could be exported: " + string.Join("; ", skipped));
        }
        var root = new XElement("iati-activities",
            new XAttribute("version", Version),
            new XAttribute("generated-datetime", generated.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)),
            new XAttribute(XNamespace.Xmlns + IatiExtension.Prefix, IatiExtension.Ns.NamespaceName),
            activities);
        return new(new XDocument(new XDeclaration("1.0", "utf-8", null), root), skipped, null);
    }

    /// <summary>The document as UTF-8 bytes without a byte-order mark, indented for people who open it.</summary>
    public static byte[] Bytes(XDocument document)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }
        return stream.ToArray();
    }
}
