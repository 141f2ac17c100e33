using System.Reflection;
using System.Text.Json;
using Hankevahti.Plans;

namespace Hankevahti.Checks;

/// <summary>
/// Reflection over the plan model for checks that read every value of a plan (the template rules'
/// <see cref="Rules.Template.PlanTexts"/>): the properties of each model type, looked up once, and their
/// JSON names for paths (docs/plan-json.md).
/// </summary>
public static class ModelProperties
{
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
