using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Imported;
using OpenRem.Domain.Ports;

namespace OpenRem.Infrastructure.Tests.Persistence;

public sealed class ImportedObjectsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Every_imported_study_of_a_uid_is_returned_with_its_objects()
    {
        var ct = new ImportedStudy("1.2.3");
        ct.AddObject("1.2.3.1.1", "1.2.3.1", "1.2.840.10008.5.1.4.1.1.2");
        ct.AddObject("1.2.3.1.2", "1.2.3.1", "1.2.840.10008.5.1.4.1.1.2");
        var nm = new ImportedStudy("1.2.3");
        nm.AddObject("1.2.3.2.1", "1.2.3.2", "1.2.840.10008.5.1.4.1.1.20");
        var other = new ImportedStudy("9.9.9");
        other.AddObject("9.9.9.1.1");
        await SaveAsync(ct, nm, other);

        var found = await _database.Get<IImportedObjects>().FindStudiesAsync("1.2.3", Ct);

        Assert.Equal(2, found.Count);
        GraphAssert.Same(new[] { ct, nm }, found);
        Assert.Equal(["1.2.3.1.1", "1.2.3.1.2", "1.2.3.2.1"], found.SelectMany(study => study.Objects).Select(imported => imported.SopInstanceUid));
    }

    [Fact]
    public async Task A_study_never_imported_gives_an_empty_list()
    {
        Assert.Empty(await _database.Get<IImportedObjects>().FindStudiesAsync("1.2.3.4.5", Ct));
    }

    [Fact]
    public async Task A_sop_instance_is_imported_once_only()
    {
        var first = new ImportedStudy("1.2.3");
        first.AddObject("1.2.3.1.1");
        await SaveAsync(first);
        var again = new ImportedStudy("1.2.3");
        again.AddObject("1.2.3.1.1");

        await Assert.ThrowsAsync<DbUpdateException>(() => SaveAsync(again));
    }

    private async Task SaveAsync(params ImportedStudy[] studies)
    {
        await using var db = _database.NewContext();
        db.ImportedStudies.AddRange(studies);
        await db.SaveChangesAsync(Ct);
    }
}
