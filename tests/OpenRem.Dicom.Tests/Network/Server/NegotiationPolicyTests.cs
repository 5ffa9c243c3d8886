using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Pdu;
using OpenRem.Dicom.Network.Server;

namespace OpenRem.Dicom.Tests.Network.Server;

public sealed class NegotiationPolicyTests
{
    private const string Explicit = "1.2.840.10008.1.2.1";
    private const string Implicit = "1.2.840.10008.1.2";
    private const string BigEndian = "1.2.840.10008.1.2.2";
    private const string JpegBaseline = "1.2.840.10008.1.2.4.50";
    private const string Deflated = "1.2.840.10008.1.2.1.99";
    private const string CtImage = "1.2.840.10008.5.1.4.1.1.2";

    private static readonly PresentationContextPolicy Policy = new(acceptStorage: true, ["1.2.3.4.5.6"]);

    [Theory]
    [InlineData(new[] { BigEndian, Implicit }, Implicit)]
    [InlineData(new[] { JpegBaseline, Explicit, Implicit }, Explicit)]
    [InlineData(new[] { JpegBaseline }, JpegBaseline)]
    [InlineData(new[] { Deflated }, Deflated)]
    [InlineData(new[] { BigEndian }, BigEndian)]
    public void Storage_contexts_get_our_preferred_syntax_or_else_the_first_known_one_proposed(string[] proposed, string expected)
    {
        var (result, syntax) = Policy.Answer(CtImage, proposed);

        Assert.Equal(DicomPresentationContextResult.Accept, result);
        Assert.Equal(expected, syntax!.UID.UID);
    }

    [Fact]
    public void Unknown_abstract_syntaxes_are_refused_with_3_and_unknown_transfer_syntaxes_with_4()
    {
        Assert.Equal(DicomPresentationContextResult.RejectAbstractSyntaxNotSupported, Policy.Answer("1.2.840.10008.5.1.4.1.2.2.1", [Explicit]).Result);
        Assert.Equal(DicomPresentationContextResult.RejectTransferSyntaxesNotSupported, Policy.Answer(CtImage, ["1.2.3.999"]).Result);
        Assert.Equal(DicomPresentationContextResult.RejectTransferSyntaxesNotSupported, Policy.Answer(DicomUID.Verification.UID, [JpegBaseline]).Result);
        Assert.Equal(DicomPresentationContextResult.Accept, Policy.Answer("1.2.3.4.5.6", [Explicit]).Result);
        Assert.Equal(DicomPresentationContextResult.RejectAbstractSyntaxNotSupported, new PresentationContextPolicy(false, []).Answer(CtImage, [Explicit]).Result);
    }

    [Theory]
    [InlineData("1.2.840.10008.5.1.4.1.1.1.1")]
    [InlineData("1.2.840.10008.5.1.4.1.1.1.2.1")]
    [InlineData("1.2.840.10008.5.1.4.1.1.88.67")]
    [InlineData("1.2.840.10008.5.1.4.1.1.7")]
    public void Storage_classes_include_the_for_presentation_and_for_processing_ones(string uid) => Assert.Contains(uid, StorageSopClasses.All);

    [Fact]
    public void Too_many_associations_are_rejected_transiently_by_the_presentation_service_provider_for_the_local_limit()
    {
        var request = new AAssociateRQ("OPENREM", "CT01", [new PresentationContextRequestItem(1, CtImage, [Explicit])], UserInformationItem.Create(16384, "1.2.3"));

        var rejection = AssociationRequestRules.Check(request, new DicomServerOptions { CalledAE = "OPENREM", MaxClientsAllowed = 4 }, isOverLimit: true);

        Assert.Equal((DicomRejectResult.Transient, DicomRejectSource.ServiceProviderPresentation, DicomRejectReason.LocalLimitExceeded), (rejection!.Result, rejection.Source, rejection.Reason));
        Assert.Equal(0x32, (byte)rejection.Reason);
    }

    [Fact]
    public void A_protocol_version_without_version_1_is_rejected_by_the_ACSE_provider_and_a_foreign_application_context_by_the_user()
    {
        var contexts = new PresentationContextRequestItem(1, CtImage, [Explicit]);
        var userInformation = UserInformationItem.Create(16384, "1.2.3");
        var version2 = new AAssociateRQ("OPENREM", "CT01", [new ApplicationContextItem(), contexts, userInformation], protocolVersion: 2);
        var foreign = new AAssociateRQ("OPENREM", "CT01", [new ApplicationContextItem("1.2.3.4"), contexts, userInformation]);
        var options = new DicomServerOptions();

        var versionRejection = AssociationRequestRules.Check(version2, options, isOverLimit: false)!;
        var contextRejection = AssociationRequestRules.Check(foreign, options, isOverLimit: false)!;

        Assert.Equal((DicomRejectResult.Permanent, DicomRejectSource.ServiceProviderACSE, DicomRejectReason.ProtocolVersionNotSupported), (versionRejection.Result, versionRejection.Source, versionRejection.Reason));
        Assert.Equal((DicomRejectResult.Permanent, DicomRejectSource.ServiceUser, DicomRejectReason.ApplicationContextNotSupported), (contextRejection.Result, contextRejection.Source, contextRejection.Reason));
    }

    [Theory]
    [InlineData("1.2.3", true)]
    [InlineData("1.02.3", true)]
    [InlineData("..", false)]
    [InlineData("1..2", false)]
    [InlineData("../1.2", false)]
    [InlineData("1.2/3", false)]
    [InlineData(".1", false)]
    [InlineData("", false)]
    public void Only_digit_and_dot_UIDs_name_files(string uid, bool safe) => Assert.Equal(safe, StorePathPolicy.IsSafeUid(uid));

    [Fact]
    public void Unusable_study_and_series_UIDs_become_an_unknown_folder_inside_the_root()
    {
        var header = new DicomDataset();
        header.AddOrUpdate(DicomTag.StudyInstanceUID, "../../etc");

        var path = StorePathPolicy.Choose("/srv/store", StorageLayout.StudySeriesInstance, header, "1.2.3");

        Assert.Equal("/srv/store/unknown/unknown/1.2.3.dcm", path);
        Assert.Throws<ArgumentException>(() => StorePathPolicy.Choose("/srv/store", StorageLayout.Flat, header, "../x"));
    }
}
