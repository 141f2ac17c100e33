using System.Collections;
using System.Reflection;
using Hankevahti.Plans;

namespace Hankevahti.Tests.Support;

/// <summary>Reflection over the plan model, so that tests follow the model as it grows instead of listing its parts by hand.</summary>
internal static class PlanModel
{
    public static IReadOnlyList<Type> RecordTypes { get; } = typeof(Plan).Assembly.GetTypes()
        .Where(t => t is { IsPublic: true, IsClass: true, Namespace: "Hankevahti.Plans" })
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    public static IReadOnlyList<Type> EnumTypes { get; } = typeof(Plan).Assembly.GetTypes()
        .Where(t => t is { IsPublic: true, IsEnum: true, Namespace: "Hankevahti.Plans" })
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    public static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);

    public static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>);

    public static bool IsNullable(PropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable;

    public static string Key(PropertyInfo property) => $"{property.DeclaringType!.Name}.{property.Name}";

    /// <summary>What a walk over a plan's object graph found.</summary>
    public sealed class Usage
    {
        public HashSet<Type> Types { get; } = [];
        public HashSet<string> NonEmptyLists { get; } = [];
        public HashSet<string> SetOptionals { get; } = [];
        public HashSet<Enum> EnumValues { get; } = [];
    }

    public static Usage Walk(Plan plan)
    {
        var usage = new Usage();
        Visit(plan, usage);
        return usage;
    }

    private static void Visit(object? value, Usage usage)
    {
        switch (value)
        {
            case null:
                return;
            case Enum e:
                usage.EnumValues.Add(e);
                return;
            case IList list:
                foreach (var item in list)
                {
                    Visit(item, usage);
                }
                return;
        }

        var type = value.GetType();
        if (type.Namespace != "Hankevahti.Plans")
        {
            return;
        }
        usage.Types.Add(type);
        foreach (var property in Properties(type))
        {
            var child = property.GetValue(value);
            if (IsList(property.PropertyType) && child is ICollection { Count: > 0 })
            {
                usage.NonEmptyLists.Add(Key(property));
            }
            if (IsNullable(property) && child is not null)
            {
                usage.SetOptionals.Add(Key(property));
            }
            Visit(child, usage);
        }
    }
}
