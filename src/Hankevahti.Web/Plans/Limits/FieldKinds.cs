using Hankevahti.Limits;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Hankevahti.Web.Plans.Limits;

/// <summary>
/// Finds the <see cref="LimitAttribute"/> of a form field from the name the form posts it under and the
/// page model that binds it: "Input.Title" is the Title of the page's Input, "Act.Periods[2].Start" the
/// Start of an item of Act's Periods. Null when the name leads to no property or the property has no kind.
/// </summary>
public static partial class FieldKinds
{
    private static readonly ConcurrentDictionary<(Type, string), LimitAttribute?> Found = new();

    public static LimitAttribute? Find(Type pageModel, string name) =>
        Found.GetOrAdd((pageModel, name), key => Walk(key.Item1, Index().Replace(key.Item2, "")));

    private static LimitAttribute? Walk(Type type, string path)
    {
        PropertyInfo? property = null;
        foreach (var part in path.Split('.'))
        {
            if (property is not null)
            {
                type = ItemType(property.PropertyType);
            }
            property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                return null;
            }
        }
        return property?.GetCustomAttribute<LimitAttribute>();
    }

    /// <summary>A list's item type; any other type itself.</summary>
    private static Type ItemType(Type type) =>
        type != typeof(string) && type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) is { } list
            ? list.GetGenericArguments()[0]
            : type;

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Index();
}
