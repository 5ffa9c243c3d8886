using Microsoft.EntityFrameworkCore;
using OpenRem.Dicom;
using OpenRem.Dicom.IO;
using OpenRem.Domain.Imported;
using OpenRem.Domain.Imported.Dose;
using OpenRem.Domain.Nodes;
using OpenRem.Infrastructure.Import.Dose;
using OpenRem.Infrastructure.StoreNodes;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.StoreNodes;

/// <summary>
/// Real DCMTK storescu sends the shared dose reports of four modalities and an image to a store node run by the
/// host: the files land under study and series, the database indexes them with their dose summaries, and a second
/// sending updates the records instead of duplicating them.
/// </summary>
public sealed class StoreNodeReceptionTests : IAsyncLifetime
{
    private const string CtReport = "CT-RDSR-Siemens_Flash-TAP-SS.dcm";
    private const string DxReport = "DX-RDSR-Carestream_DRXEvolution.dcm";
    private const string RfReport = "RF-RDSR-Philips_Azurion.dcm";
    private const string MgReport = "MG-RDSR-Hologic_2D.dcm";
    private const string Image = "DX-Im-Carestream_DRX.dcm";
    private const string Sender = "MODALITY";

    private static readonly string[] Samples = [CtReport, DxReport, RfReport, MgReport, Image];

    private StoreNodeTestBed _bed = null!;
    private StoreNode _node = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bed = await StoreNodeTestBed.CreateAsync();
        _node = await _bed.AddNodeAsync("Dose store", "OPENREM_STORE");
        await _bed.StartAsync();
        await _bed.WaitUntilListeningAsync(_node);
    }

    public ValueTask DisposeAsync() => _bed.DisposeAsync();

    [Fact]
    public async Task Sent_reports_and_an_image_land_under_study_and_series_and_are_indexed_with_their_dose_summaries()
    {
        var result = await SendAllAsync();

        Assert.Equal((5, 5, 0), (result.Files, result.Sent, result.Failed));
        await _bed.WaitForArrivalsAsync(5);
        foreach (var sample in Samples)
        {
            var (study, series, sop) = Uids(sample);
            var path = Path.Combine(_bed.StoreRoot, study, series, sop + ".dcm");
            Assert.True(File.Exists(path), $"{sample} should be stored at {path}; the store holds {string.Join(", ", _bed.FilesInStore())}.");
            Assert.Equal(sop, DicomFile.Open(path, DicomReaderOptions.HeaderOnly).Dataset.GetString(DicomTag.SOPInstanceUID));
        }

        await using var db = _bed.NewContext();
        var objects = await db.ImportedObjects.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(Samples.Select(s => Uids(s).Sop).Order(), objects.Select(o => o.SopInstanceUid).Order());
        foreach (var sample in Samples)
        {
            var (study, series, sop) = Uids(sample);
            var imported = objects.Single(o => o.SopInstanceUid == sop);
            Assert.Equal((study, series), (imported.StudyInstanceUid, imported.SeriesInstanceUid));
            Assert.Equal($"{study}/{series}/{sop}.dcm", imported.FilePath);
            Assert.Equal(new FileInfo(Path.Combine(_bed.StoreRoot, study, series, sop + ".dcm")).Length, imported.FileSize);
            Assert.Equal((Sender, 1), (imported.ReceivedFromAeTitle, imported.TimesReceived));
            Assert.Null(imported.QueryId);
        }

        var ct = objects.Single(o => o.SopInstanceUid == Uids(CtReport).Sop);
        Assert.Equal(
            (ImportedObjectKind.Rdsr, "SR", "CTAWP00001", "SIEMENS", "SOMATOM Definition Flash"),
            (ct.Kind, ct.Modality, ct.StationName, ct.Manufacturer, ct.ManufacturerModelName));
        var image = objects.Single(o => o.SopInstanceUid == Uids(Image).Sop);
        Assert.Equal(
            (ImportedObjectKind.Image, "CR", "LICARDR0004", "CARESTREAM HEALTH", "DRX-REVOLUTION"),
            (image.Kind, image.Modality, image.StationName, image.Manufacturer, image.ManufacturerModelName));
        Assert.Null(image.DoseSummary);
        Assert.All(objects.Where(o => o != image), o => Assert.Equal(ImportedObjectKind.Rdsr, o.Kind));

        var studies = await db.ImportedStudies.AsNoTracking().Include(s => s.Series).ToListAsync(Ct);
        Assert.Equal(5, studies.Count);
        var ctStudy = studies.Single(s => s.StudyInstanceUid == Uids(CtReport).Study);
        Assert.Equal(
            (new DateOnly(1997, 1, 1), new TimeOnly(0, 0), "Thorax^TAP (Adult)", "ACC12345601", "SR"),
            (ctStudy.StudyDate, ctStudy.StudyTime, ctStudy.StudyDescription, ctStudy.AccessionNumber, ctStudy.ModalitiesInStudy));
        var ctSeries = Assert.Single(ctStudy.Series);
        Assert.Equal((Uids(CtReport).Series, "SR", 502, "Dose Report"), (ctSeries.SeriesInstanceUid, ctSeries.Modality, ctSeries.SeriesNumber, ctSeries.SeriesDescription));
        var imageStudy = studies.Single(s => s.StudyInstanceUid == Uids(Image).Study);
        Assert.Equal(
            (new DateOnly(2017, 5, 22), new TimeOnly(11, 32, 34, 888), "XR CHEST", (string?)null, "CR"),
            (imageStudy.StudyDate, imageStudy.StudyTime, imageStudy.StudyDescription, imageStudy.AccessionNumber, imageStudy.ModalitiesInStudy));
        var imageSeries = Assert.Single(imageStudy.Series);
        Assert.Equal((1, "AP"), (imageSeries.SeriesNumber, imageSeries.SeriesDescription));
        var mgStudy = studies.Single(s => s.StudyInstanceUid == Uids(MgReport).Study);
        Assert.Equal((new DateOnly(2015, 3, 22), new TimeOnly(12, 47, 45), "Bilateral Mammography", "AJSKDL1234"), (mgStudy.StudyDate, mgStudy.StudyTime, mgStudy.StudyDescription, mgStudy.AccessionNumber));

        var arrivals = await db.ObjectArrivals.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(Samples.Select(s => Uids(s).Sop).Order(), arrivals.Select(a => a.SopInstanceUid).Order());
        Assert.All(arrivals, arrival =>
        {
            Assert.True(arrival.Imported, arrival.Problem);
            Assert.Equal(_node.Id, arrival.StoreNodeId);
            Assert.Equal(Sender, arrival.CallingAeTitle);
            Assert.Null(arrival.QueryId);
        });
    }

    [Fact]
    public async Task The_persisted_dose_summaries_read_back_equal_to_the_reader_and_to_the_figures_in_the_reports()
    {
        await SendAllAsync();
        await _bed.WaitForArrivalsAsync(5);

        foreach (var sample in Samples.Where(s => s != Image))
        {
            await using var fresh = _bed.NewContext();
            var stored = await fresh.ImportedObjects.AsNoTracking().SingleAsync(o => o.SopInstanceUid == Uids(sample).Sop, Ct);
            Assert.NotNull(stored.DoseSummary);
            Assert.Equal(DoseReportReader.Read(DicomFile.Open(SharedMaterial.Sample(sample)).Dataset), stored.DoseSummary);
        }

        // Figures read by hand in the reports (see DoseReportReaderSampleTests).
        var ct = (await SummaryAsync(CtReport)).Ct!;
        Assert.Equal((724.52m, 4), (ct.TotalDlp, ct.IrradiationEventCount));
        Assert.Equal(708.2m, ct.Events[3].Dlp);
        var dx = (await SummaryAsync(DxReport)).ProjectionXRay!;
        Assert.Equal((0.0000058099997m, 5), (dx.TotalDap, dx.IrradiationEventCount));
        var rf = (await SummaryAsync(RfReport)).ProjectionXRay!;
        Assert.Equal((0.00247409m, 567.922m, 0.54837m, 89), (rf.TotalDap, rf.TotalFluoroTime, rf.ReferencePointDose, rf.IrradiationEventCount));
        var mg = (await SummaryAsync(MgReport)).ProjectionXRay!;
        Assert.Equal([new GlandularDose("Left breast", 1.30m), new GlandularDose("Right breast", 1.28m)], mg.AccumulatedAverageGlandularDoses);
    }

    [Fact]
    public async Task Sending_the_same_files_again_updates_the_objects_and_records_a_second_arrival_each()
    {
        await SendAllAsync();
        await _bed.WaitForArrivalsAsync(5);
        long firstIds;
        await using (var before = _bed.NewContext())
        {
            firstIds = await before.ImportedObjects.SumAsync(o => o.Id, Ct);
        }

        var again = await SendAllAsync();
        await _bed.WaitForArrivalsAsync(10);

        Assert.Equal(5, again.Sent);
        await using var db = _bed.NewContext();
        var objects = await db.ImportedObjects.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(5, objects.Count);
        Assert.Equal(firstIds, objects.Sum(o => o.Id));
        Assert.All(objects, o => Assert.Equal(2, o.TimesReceived));
        Assert.All(objects, o => Assert.True(o.LastReceivedAt >= o.FirstReceivedAt));
        Assert.Equal(5, await db.ImportedStudies.CountAsync(Ct));
        Assert.Equal(5, await db.ImportedSeries.CountAsync(Ct));
        var arrivals = await db.ObjectArrivals.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(10, arrivals.Count);
        Assert.All(arrivals.GroupBy(a => a.SopInstanceUid), group => Assert.Equal(2, group.Count(a => a.Imported && a.StoreNodeId == _node.Id)));
        Assert.Equal(5, _bed.FilesInStore().Count(path => !path.StartsWith(".incoming", StringComparison.Ordinal)));

        var report = await _bed.Get<StoreNodeReports>().FindAsync(_node.Id, Ct);
        Assert.NotNull(report);
        Assert.Equal((10, 0), (report.ObjectsReceived, report.ObjectsNotImported));
        Assert.NotNull(report.LastReceivedAt);
    }

    private Task<StoreResult> SendAllAsync() =>
        StoreNodeTestBed.StoreAsync(_node, [.. Samples.Select(SharedMaterial.Sample)], Sender);

    private async Task<DoseSummary> SummaryAsync(string sample)
    {
        await using var db = _bed.NewContext();
        var sop = Uids(sample).Sop;
        var stored = await db.ImportedObjects.AsNoTracking().SingleAsync(o => o.SopInstanceUid == sop, Ct);
        return stored.DoseSummary ?? throw new Xunit.Sdk.XunitException($"{sample} has no dose summary in the database.");
    }

    internal static (string Study, string Series, string Sop) Uids(string sample)
    {
        var dataset = DicomFile.Open(SharedMaterial.Sample(sample), DicomReaderOptions.HeaderOnly).Dataset;
        return (dataset.GetString(DicomTag.StudyInstanceUID), dataset.GetString(DicomTag.SeriesInstanceUID), dataset.GetString(DicomTag.SOPInstanceUID));
    }
}
