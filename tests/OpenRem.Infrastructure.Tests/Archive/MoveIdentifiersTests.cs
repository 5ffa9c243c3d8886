using OpenRem.Dicom;
using OpenRem.Dicom.Network;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Infrastructure.Archive;

namespace OpenRem.Infrastructure.Tests.Archive;

public sealed class MoveIdentifiersTests
{
    private static readonly AeTitle Store = AeTitle.Parse("OPENREM_STORE");

    [Fact]
    public void A_series_move_names_the_study_and_the_series()
    {
        var move = MoveIdentifiers.Create(new MoveRequest(QueryLevel.Series, "1.2.3", "1.2.3.4", null, Store));

        Assert.Equal(DicomUID.StudyRootQueryRetrieveInformationModelMove, move.SOPClassUID);
        Assert.Equal("OPENREM_STORE", move.DestinationAE);
        Assert.Equal(DicomQueryRetrieveLevel.Series, move.Level);
        Assert.Equal([DicomTag.QueryRetrieveLevel, DicomTag.StudyInstanceUID, DicomTag.SeriesInstanceUID], move.Dataset!.Select(item => item.Tag).Order());
        Assert.Equal("1.2.3.4", move.Dataset!.GetString(DicomTag.SeriesInstanceUID));
    }

    [Fact]
    public void An_image_move_names_the_instance_too()
    {
        var move = MoveIdentifiers.Create(new MoveRequest(QueryLevel.Image, "1.2.3", "1.2.3.4", "1.2.3.4.5", Store));

        Assert.Equal(DicomQueryRetrieveLevel.Image, move.Level);
        Assert.Equal("1.2.3.4.5", move.Dataset!.GetString(DicomTag.SOPInstanceUID));
    }

    [Fact]
    public void An_image_move_without_an_instance_is_refused()
    {
        Assert.Throws<ArgumentException>(() => MoveIdentifiers.Create(new MoveRequest(QueryLevel.Image, "1.2.3", "1.2.3.4", null, Store)));
    }
}
