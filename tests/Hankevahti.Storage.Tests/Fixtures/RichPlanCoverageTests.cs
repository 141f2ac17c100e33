using System.Collections;
using System.Reflection;
using Hankevahti.Plans;

namespace Hankevahti.Storage.Tests.Fixtures;

public class RichPlanCoverageTests
{
    // The round-trip tests can only notice a lost field if the plan they store has that field set.
    // When the model grows, this fails and names the new property until TestPlans.Rich sets it.
    [Fact]
    public void Rich_plan_sets_every_property_of_the_model()
    {
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        CollectProperties(typeof(Plan), expected, []);
        var set = new HashSet<string>(StringComparer.Ordinal);
        CollectSet(TestPlans.Rich(), set);

        var missing = expected.Where(p => !set.Contains(p)).ToList();

        Assert.True(expected.Count > 100, $"the walk over the model found only {expected.Count} properties; is it still reaching the nested records?");
        Assert.True(missing.Count == 0, "TestPlans.Rich() leaves these unset: " + string.Join(", ", missing));
    }

    private static bool IsModel(Type type) => type.Namespace == typeof(Plan).Namespace && !type.IsEnum;

    private static Type ElementType(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : type;
    }

    private static void CollectProperties(Type type, SortedSet<string> into, HashSet<Type> visited)
    {
        if (!IsModel(type) || !visited.Add(type))
        {
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            into.Add($"{type.Name}.{property.Name}");
            CollectProperties(ElementType(property.PropertyType), into, visited);
        }
    }

    private static void CollectSet(object value, HashSet<string> into)
    {
        var type = value.GetType();
        if (!IsModel(type))
        {
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var v = property.GetValue(value);
            if (v is null || v is ICollection { Count: 0 })
            {
                continue;
            }
            into.Add($"{type.Name}.{property.Name}");
            if (v is IEnumerable items and not string)
            {
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        CollectSet(item, into);
                    }
                }
            }
            else
            {
                CollectSet(v, into);
            }
        }
    }
}
