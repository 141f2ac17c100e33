using System.Text.Json.Nodes;
using Hankevahti.Import;
using Hankevahti.Json;
using Hankevahti.Plans;
using Hankevahti.Reading;
using Hankevahti.Reading.Text;

namespace Hankevahti.Tests.Reading.Docx;

/// <summary>The importer takes the same facts from the .docx as from the text form of the same plan.</summary>
public class DocxImportTests
{
    [Theory]
    [InlineData("pandoc")]
    [InlineData("libreoffice")]
    public void SameFactsAsTheTextForm(string writer)
    {
        var path = GeneratedDocuments.Writer(writer);
        var fromDocx = PlanImporter.ImportFile(path);
        var fromText = PlanImporter.Import(PlanTextReader.Read(GeneratedDocuments.TextForm(), "kotona.txt"), "kotona.txt");
        Assert.True(fromDocx.Succeeded, fromDocx.Error);
        Assert.True(fromText.Succeeded, fromText.Error);
        Assert.Equal("docx", fromDocx.Plan!.Import?.Format);

        Assert.Equal(Sections(fromText.Plan!), Sections(fromDocx.Plan));
        Assert.Contains("6.5|Riskit ja niihin varautuminen|risks", Sections(fromDocx.Plan));
        Assert.Contains("4.1|Aikataulu|schedule", Sections(fromDocx.Plan));

        // Whatever the recognisers structure (risks, budget lines, actions…) must agree; only the source locations differ.
        Assert.Equal(Facts(fromText.Plan!), Facts(fromDocx.Plan));
    }

    // Every structured value from the .docx points back to a paragraph or a table cell of it.
    [Fact]
    public void SourcesNameTheDocxPlaces()
    {
        var plan = PlanImporter.ImportFile(GeneratedDocuments.PandocDocx).Plan!;
        var sources = new List<JsonObject>();
        Collect(JsonNode.Parse(PlanJson.Serialize(plan))!, sources);
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.True((s["paragraph"] is not null || s["table"] is not null) && s["line"] is null, s.ToJsonString()));
    }

    private static List<string> Sections(Plan plan)
    {
        var list = new List<string>();
        void Walk(IEnumerable<Section> sections)
        {
            foreach (var s in sections)
            {
                list.Add($"{s.Number}|{s.Title}|{s.Kind}");
                Walk(s.Children);
            }
        }
        Walk(plan.Sections);
        return list;
    }

    private static string Facts(Plan plan)
    {
        var node = JsonNode.Parse(PlanJson.Serialize(plan))!.AsObject();
        node.Remove("sections");
        node.Remove("import");
        Strip(node);
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    // Source locations differ by design; line breaks inside cells are layout.
    private static void Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                o.Remove("source");
                foreach (var (key, value) in o.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        o[key] = TableGrid.Normalise(s);
                    }
                    else
                    {
                        Strip(value);
                    }
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonValue v && v.TryGetValue<string>(out var s))
                    {
                        a[i] = TableGrid.Normalise(s);
                    }
                    else
                    {
                        Strip(a[i]);
                    }
                }
                break;
        }
    }

    private static void Collect(JsonNode node, List<JsonObject> sources)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, value) in o)
            {
                if (key == "source" && value is JsonObject s)
                {
                    sources.Add(s);
                }
                else if (value is not null)
                {
                    Collect(value, sources);
                }
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var item in a)
            {
                if (item is not null)
                {
                    Collect(item, sources);
                }
            }
        }
    }
}
