using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OpenRem.Infrastructure.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> create the context without starting the application: migrations are made against a
/// database in a temporary folder (or the folder given with <c>-- --data-directory DIR</c>), never the user's.
/// </summary>
internal sealed class OpenRemDbContextDesignTimeFactory : IDesignTimeDbContextFactory<OpenRemDbContext>
{
    public OpenRemDbContext CreateDbContext(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var index = Array.IndexOf(args, "--data-directory");
        var dataDirectory = index >= 0 && index + 1 < args.Length
            ? args[index + 1]
            : Path.Combine(Path.GetTempPath(), "openrem-design-time");
        Directory.CreateDirectory(dataDirectory);
        var options = new DbContextOptionsBuilder<OpenRemDbContext>();
        options.UseOpenRemDatabase(dataDirectory);
        return new OpenRemDbContext(options.Options);
    }
}
