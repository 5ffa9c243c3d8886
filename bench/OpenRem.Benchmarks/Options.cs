using System.Globalization;

namespace OpenRem.Benchmarks;

/// <summary>The <c>--name value</c> options of the benchmark commands.</summary>
internal static class Options
{
    public static int Int(string[] args, string name, int defaultValue) =>
        Find(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : defaultValue;

    public static string Text(string[] args, string name, string defaultValue) => Find(args, name) ?? defaultValue;

    private static string? Find(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
