using Microsoft.EntityFrameworkCore;
using OpenRem.Domain.Imported;

namespace OpenRem.Infrastructure.Tests.Persistence;

public sealed class ConcurrentWriterTests
{
    private const int RowsPerWriter = 100;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_processes_writing_at_once_both_succeed()
    {
        await using var web = await TestDatabase.CreateAsync();
        await using var commandLine = await TestDatabase.OpenBesideAsync(web);

        await Task.WhenAll(
            Task.Run(() => WriteStudiesAsync(web, "1.1"), Ct),
            Task.Run(() => WriteStudiesAsync(commandLine, "2.2"), Ct));

        await using var db = web.NewContext();
        Assert.Equal(2 * RowsPerWriter, await db.ImportedStudies.CountAsync(Ct));
        Assert.Equal(2 * RowsPerWriter, await db.ImportedObjects.CountAsync(Ct));
    }

    [Fact]
    public async Task A_writer_waits_for_another_process_to_finish_its_transaction_instead_of_failing()
    {
        await using var web = await TestDatabase.CreateAsync();
        await using var commandLine = await TestDatabase.OpenBesideAsync(web);
        await using var holder = web.NewContext();
        await using var transaction = await holder.Database.BeginTransactionAsync(Ct);
        holder.ImportedStudies.Add(Study("3.3.0"));
        await holder.SaveChangesAsync(Ct);

        // The second writer finds the database locked; it must keep trying until the first commits.
        var waiting = Task.Run(async () =>
        {
            await using var db = commandLine.NewContext();
            db.ImportedStudies.Add(Study("4.4.0"));
            await db.SaveChangesAsync(Ct);
        }, Ct);
        await Task.Delay(TimeSpan.FromMilliseconds(300), Ct);
        Assert.False(waiting.IsCompleted, "The second writer should still be waiting for the lock.");
        await transaction.CommitAsync(Ct);
        await waiting;

        await using var check = commandLine.NewContext();
        Assert.Equal(["3.3.0", "4.4.0"], await check.ImportedStudies.OrderBy(study => study.Id).Select(study => study.StudyInstanceUid).ToListAsync(Ct));
    }

    [Fact]
    public async Task A_reader_is_not_blocked_by_an_open_write_transaction()
    {
        await using var web = await TestDatabase.CreateAsync();
        await using var commandLine = await TestDatabase.OpenBesideAsync(web);
        await using var holder = web.NewContext();
        await using var transaction = await holder.Database.BeginTransactionAsync(Ct);
        holder.ImportedStudies.Add(Study("5.5.0"));
        await holder.SaveChangesAsync(Ct);

        await using var reader = commandLine.NewContext();
        var seenDuringTransaction = await reader.ImportedStudies.CountAsync(Ct);
        await transaction.CommitAsync(Ct);

        Assert.Equal(0, seenDuringTransaction);
        Assert.Equal(1, await reader.ImportedStudies.CountAsync(Ct));
    }

    private static async Task WriteStudiesAsync(TestDatabase database, string prefix)
    {
        for (var i = 0; i < RowsPerWriter; i++)
        {
            await using var db = database.NewContext();
            db.ImportedStudies.Add(Study($"{prefix}.{i}"));
            await db.SaveChangesAsync(Ct);
        }
    }

    private static ImportedStudy Study(string uid)
    {
        var study = new ImportedStudy(uid);
        study.AddObject(uid + ".1");
        return study;
    }
}
