using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Transport;
using OpenRem.Dicom.Tests.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Dimse;

public sealed class DicomCommandCodecTests
{
    [Fact]
    public void A_captured_pending_C_MOVE_response_decodes_field_by_field()
    {
        var response = Assert.IsType<DicomCMoveResponse>(DicomMessageFactory.Create(Command("move-series-c1-005-ac-P-DATA-TF.bin")));

        Assert.Equal(DicomCommandField.CMoveResponse, response.Type);
        Assert.Equal(DicomUID.StudyRootQueryRetrieveInformationModelMove, response.SOPClassUID);
        Assert.Equal(1, response.RequestMessageID);
        Assert.Equal(DicomStatus.Pending, response.Status);
        Assert.Equal((0, 1, 0, 0), (response.Remaining, response.Completed, response.Failures, response.Warnings));
        Assert.False(response.CommandSaysDatasetFollows);
    }

    [Fact]
    public void A_captured_final_C_MOVE_response_has_no_remaining_count()
    {
        var response = Assert.IsType<DicomCMoveResponse>(DicomMessageFactory.Create(Command("move-series-c1-006-ac-P-DATA-TF.bin")));

        Assert.Equal(DicomStatus.Success, response.Status);
        Assert.Null(response.Remaining);
        Assert.Equal(1, response.Completed);
    }

    [Fact]
    public void Captured_C_FIND_responses_say_whether_an_identifier_follows()
    {
        var pending = Assert.IsType<DicomCFindResponse>(DicomMessageFactory.Create(Command("find-study-c1-005-ac-P-DATA-TF.bin")));
        var final = Assert.IsType<DicomCFindResponse>(DicomMessageFactory.Create(Command("find-study-c1-011-ac-P-DATA-TF.bin")));

        Assert.True(pending.CommandSaysDatasetFollows);
        Assert.Equal(DicomState.Pending, pending.Status.State);
        Assert.False(final.CommandSaysDatasetFollows);
        Assert.Equal(DicomState.Success, final.Status.State);
    }

    [Theory]
    [InlineData("echo-c1-004-ac-P-DATA-TF.bin")]
    [InlineData("find-study-c1-003-rq-P-DATA-TF.bin")]
    [InlineData("find-study-c1-005-ac-P-DATA-TF.bin")]
    [InlineData("move-series-c1-003-rq-P-DATA-TF.bin")]
    [InlineData("move-series-c1-005-ac-P-DATA-TF.bin")]
    [InlineData("move-series-c1-006-ac-P-DATA-TF.bin")]
    public void Captured_command_sets_re_encode_byte_for_byte(string capture)
    {
        var bytes = GoldenVectors.Capture(capture).Bytes.AsSpan(12).ToArray();

        Assert.Equal(bytes, DicomCommandCodec.Encode(DicomCommandCodec.Decode(bytes)));
    }

    [Fact]
    public void Built_responses_encode_like_DCMTK()
    {
        var request = new DicomCEchoRequest { MessageID = 1 };
        var response = new DicomCEchoResponse(request, DicomStatus.Success);

        Assert.Equal(GoldenVectors.Capture("echo-c1-004-ac-P-DATA-TF.bin").Bytes.AsSpan(12).ToArray(), DicomCommandCodec.Encode(response.Command));
    }

    [Fact]
    public void A_command_without_a_command_field_is_refused()
    {
        var command = new DicomDataset();
        command.AddOrUpdate<ushort>(DicomTag.MessageID, 1);

        Assert.Throws<DicomNetworkException>(() => DicomCommandCodec.Decode(DicomCommandCodec.Encode(command)));
    }

    [Fact]
    public void Query_helpers_build_hierarchical_identifiers()
    {
        var series = DicomCFindRequest.CreateSeriesQuery("1.2.3", "CT");
        var image = DicomCFindRequest.CreateImageQuery("1.2.3", "1.2.3.4");

        Assert.Equal(DicomQueryRetrieveLevel.Series, series.Level);
        Assert.Equal("1.2.3", series.Dataset!.GetString(DicomTag.StudyInstanceUID));
        Assert.Equal("CT", series.Dataset.GetString(DicomTag.Modality));
        Assert.Equal(string.Empty, series.Dataset.GetString(DicomTag.SeriesInstanceUID));
        Assert.Equal("IMAGE", image.Dataset!.GetString(DicomTag.QueryRetrieveLevel));
        Assert.Equal("1.2.3.4", image.Dataset.GetString(DicomTag.SeriesInstanceUID));
        Assert.Equal(DicomUID.PatientRootQueryRetrieveInformationModelFind, new DicomCFindRequest(DicomQueryRetrieveLevel.Patient).SOPClassUID);
    }

    private static DicomDataset Command(string capture) => DicomCommandCodec.Decode(GoldenVectors.Capture(capture).Bytes.AsSpan(12).ToArray());
}
