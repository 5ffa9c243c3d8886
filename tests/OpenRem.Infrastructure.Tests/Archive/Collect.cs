namespace OpenRem.Infrastructure.Tests.Archive;

/// <summary>Reads an asynchronous sequence to its end.</summary>
internal static class Collect
{
    public static async Task<List<T>> AllAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
