using System.Collections;
using System.Reflection;
using System.Text.Json;
using Hankevahti.Plans;

namespace Hankevahti.Checks;

/// <summary>
/// Every source reference in a plan with the JSON path of the object that holds it. Checks use it to
/// tell whether a section holds structured content (a table read into risks leaves no section text)
/// and to name the path of a value. Paths use the JSON property names of docs/plan-json.md.
/// </summary>
public static class PlanWalker
{
    public static IReadOnlyList<(string Path, SourceRef Source)> Sources(Plan plan)
    {
        var found = new List<(string, SourceRef)>();
        Walk(plan, "", found, depth: 0);
        return found;
    }

    private static void Walk(object node, string path, List<(string, SourceRef)> found, int depth)
    {
        if (depth > 32)
        {
            return;
        }
        foreach (var property in PropertiesOf(node.GetType()))
        {
            var value = property.GetValue(node);
            if (value is null || property.Name == nameof(Plan.Import))
            {
                // The import report lists text by where it stood, not plan content; it must not make a section look filled.
                continue;
            }
            var name = JsonName(property);
            var childPath = path.Length == 0 ? name : $"{path}.{name}";
            switch (value)
            {
                case SourceRef source:
                    found.Add((path, source));
                    break;
                case string:
                    break;
                case IEnumerable items:
                    var i = 0;
                    foreach (var item in items)
                    {
                        if (item is not null && IsModel(item.GetType()))
                        {
                            Walk(item, $"{childPath}[{i}]", found, depth + 1);
                        }
                        i++;
                    }
                    break;
                default:
                    if (IsModel(value.GetType()))
                    {
                        Walk(value, childPath, found, depth + 1);
                    }
                    break;
            }
        }
    }

    /// <summary>Whether a value is an object of the plan model (walked into), not a string or number.</summary>
    internal static bool IsModel(Type type) => type.Namespace == typeof(Plan).Namespace && type.IsClass;

    private static readonly Dictionary<Type, PropertyInfo[]> Properties = [];
    private static readonly Dictionary<PropertyInfo, string> Names = [];

    /// <summary>A property's name in the plan JSON (docs/plan-json.md), for paths.</summary>
    internal static string JsonName(PropertyInfo property)
    {
        lock (Names)
        {
            if (!Names.TryGetValue(property, out var name))
            {
                Names[property] = name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            }
            return name;
        }
    }

    /// <summary>The public properties of a model type, looked up once per type.</summary>
    internal static PropertyInfo[] PropertiesOf(Type type)
    {
        lock (Properties)
        {
            if (!Properties.TryGetValue(type, out var properties))
            {
                properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
                Properties[type] = properties;
            }
            return properties;
        }
    }
}
