using Microsoft.Extensions.Options;
using OpenRem.Infrastructure.Configuration;

namespace OpenRem.Infrastructure.Import;

/// <summary>The folder the store nodes run by this application write to: <c>&lt;data&gt;/dicom</c>.</summary>
public sealed class StoreFolder
{
    /// <summary>The folder's name in the data directory.</summary>
    public const string FolderName = "dicom";

    public StoreFolder(IOptions<OpenRemOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Root = Path.GetFullPath(Path.Combine(options.Value.DataDirectory, FolderName));
    }

    /// <summary>The folder's full path.</summary>
    public string Root { get; }

    /// <summary>The path of <paramref name="path"/> relative to the folder, with '/' between names.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The full path of a path relative to the folder.</summary>
    public string Full(string relative) => Path.GetFullPath(Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar)));
}
