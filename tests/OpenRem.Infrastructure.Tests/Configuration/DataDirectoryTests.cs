using OpenRem.Infrastructure.Configuration;

namespace OpenRem.Infrastructure.Tests.Configuration;

public sealed class DataDirectoryTests
{
    [Fact]
    public void A_relative_path_is_resolved_against_the_base_directory_and_created()
    {
        using var temp = new TemporaryDirectory();

        var path = DataDirectory.Prepare("./data/nested", temp.Path);

        Assert.Equal(Path.Combine(temp.Path, "data", "nested"), path);
        Assert.True(Path.IsPathFullyQualified(path));
        Assert.True(Directory.Exists(path));
    }

    [Fact]
    public void An_absolute_path_is_used_as_it_is()
    {
        using var temp = new TemporaryDirectory();
        var wanted = Path.Combine(temp.Path, "store");

        var path = DataDirectory.Prepare(wanted, "/somewhere/else");

        Assert.Equal(wanted, path);
        Assert.True(Directory.Exists(path));
    }

    [Fact]
    public void An_existing_directory_is_kept_with_its_files_and_the_write_check_leaves_nothing_behind()
    {
        using var temp = new TemporaryDirectory();
        File.WriteAllText(Path.Combine(temp.Path, "openrem.db"), "keep me");

        var path = DataDirectory.Prepare(temp.Path, temp.Path);

        Assert.Equal(["openrem.db"], Directory.GetFileSystemEntries(path).Select(Path.GetFileName));
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(path, "openrem.db")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_setting_is_refused_naming_the_setting(string? configured)
    {
        var exception = Assert.Throws<InvalidOperationException>(() => DataDirectory.Prepare(configured, "/tmp"));

        Assert.Contains("OpenRem:DataDirectory", exception.Message, StringComparison.Ordinal);
        Assert.Contains("OpenRem__DataDirectory", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_that_cannot_be_created_is_reported_with_its_path()
    {
        using var temp = new TemporaryDirectory();
        var file = Path.Combine(temp.Path, "a-file");
        File.WriteAllText(file, "not a folder");
        var wanted = Path.Combine(file, "data");

        var exception = Assert.Throws<InvalidOperationException>(() => DataDirectory.Prepare(wanted, temp.Path));

        Assert.Contains($"'{wanted}' cannot be created or written", exception.Message, StringComparison.Ordinal);
        Assert.Contains("OpenRem:DataDirectory", exception.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<IOException>(exception.InnerException);
    }

    [Fact]
    public void A_directory_that_exists_but_cannot_be_written_is_reported_with_its_path()
    {
        // procfs refuses new files even to root, so this holds whoever runs the tests.
        const string readOnly = "/proc/self";
        Assert.SkipUnless(Directory.Exists(readOnly), "needs the Linux proc file system");

        var exception = Assert.Throws<InvalidOperationException>(() => DataDirectory.Prepare(readOnly, "/"));

        Assert.StartsWith($"The data directory '{readOnly}' cannot be created or written", exception.Message, StringComparison.Ordinal);
        Assert.NotNull(exception.InnerException);
    }
}
