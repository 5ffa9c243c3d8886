using System.Collections;
using System.Reflection;

namespace OpenRem.Infrastructure.Tests.Persistence;

/// <summary>
/// Compares two object graphs property by property (public instance properties, lists element by element,
/// records and simple values with Equals) and fails naming the first path that differs. Database identities are
/// compared too, so both graphs must have been saved.
/// </summary>
internal static class GraphAssert
{
    public static void Same(object? expected, object? actual, string path = "")
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, found {actual ?? "null"}");
            return;
        }

        if (expected is IEnumerable expectedItems and not string)
        {
            var left = expectedItems.Cast<object?>().ToList();
            Assert.True(actual is IEnumerable, $"{path}: expected a list, found a {actual.GetType().Name}");
            var right = ((IEnumerable)actual).Cast<object?>().ToList();
            Assert.True(left.Count == right.Count, $"{path}: expected {left.Count} items, found {right.Count}");
            for (var i = 0; i < left.Count; i++)
            {
                Same(left[i], right[i], $"{path}[{i}]");
            }

            return;
        }

        var type = expected.GetType();
        Assert.True(type == actual.GetType(), $"{path}: expected a {type.Name}, found a {actual.GetType().Name}");
        if (IsValue(type))
        {
            Assert.True(Equals(expected, actual), $"{path}: expected {expected}, found {actual}");
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Same(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }

    /// <summary>Simple values and records (which compare by value) are compared with Equals.</summary>
    private static bool IsValue(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type.IsValueType
        || type.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) is not null;
}
