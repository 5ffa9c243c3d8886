using OpenRem.Dicom;
using OpenRem.Dicom.IO;
using OpenRem.Testing.Peers;

namespace OpenRem.Infrastructure.Tests.Schedules;

/// <summary>
/// dcmqrscp holding one radiation dose structured report of the shared samples, whose study date and time the
/// scheduled runs aim at; started once for the test class and stopped by PID at its end.
/// </summary>
public sealed class ScheduledRunArchive : IAsyncLifetime
{
    public const string AeTitle = "QRSCP";
    private const string SampleFile = "CT-RDSR-Philips_BigBore4DCT.dcm";

    private DcmqrscpPeer? _peer;

    internal DcmqrscpPeer Peer => _peer ?? throw new InvalidOperationException("dcmqrscp did not start.");

    /// <summary>The study's date and time as the file states them (a local time of the site).</summary>
    internal DateTime StudyDateTime { get; private set; }

    internal string StudyInstanceUid { get; private set; } = string.Empty;

    public async ValueTask InitializeAsync()
    {
        var path = Path.Combine(SharedMaterial.SamplesDirectory, SampleFile);
        var dataset = DicomFile.Open(path, DicomReaderOptions.HeaderOnly).Dataset;
        var date = DateOnly.ParseExact(dataset.GetString(DicomTag.StudyDate), "yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var time = dataset.GetString(DicomTag.StudyTime);
        StudyDateTime = date.ToDateTime(new TimeOnly(int.Parse(time[..2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(time[2..4], System.Globalization.CultureInfo.InvariantCulture)));
        StudyInstanceUid = dataset.GetString(DicomTag.StudyInstanceUID);
        _peer = await DcmqrscpPeer.StartAsync(new DcmqrscpOptions { AeTitle = AeTitle, Samples = [path] }, TestContext.Current.CancellationToken);
        Assert.Equal(1, _peer.Loaded.Stored);
    }

    public async ValueTask DisposeAsync()
    {
        if (_peer is not null)
        {
            await _peer.DisposeAsync();
        }
    }
}
