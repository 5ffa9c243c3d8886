using OpenRem.Dicom.Network;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Infrastructure.Archive;

namespace OpenRem.Infrastructure.Tests.Archive;

public sealed class ArchiveFailuresTests
{
    [Fact]
    public void A_failure_status_is_described_with_its_meaning_and_the_archive_comment()
    {
        var failure = ArchiveFailures.OfFindStatus(DicomStatus.Lookup(0xC001).WithErrorComment("Too many matches "));

        Assert.Equal(ArchiveFailureKind.RemoteStatus, failure.Kind);
        Assert.Equal((ushort)0xC001, failure.Status);
        Assert.Equal("Failure (0xc001) - Unable to Process: Too many matches", failure.Detail);
    }

    [Fact]
    public void A_rejection_keeps_the_words_of_the_rejection()
    {
        var failure = ArchiveFailures.OfAssociation(new DicomAssociationRejectedException(DicomRejectResult.Transient, DicomRejectSource.ServiceProviderPresentation, DicomRejectReason.TemporaryCongestion));

        Assert.Equal(ArchiveFailureKind.AssociationRejected, failure.Kind);
        Assert.Equal("association rejected (transient) by the service provider (presentation): temporary congestion", failure.Detail);
    }

    [Fact]
    public void An_abort_during_negotiation_is_an_association_failure()
    {
        var failure = ArchiveFailures.OfAssociation(new DicomAssociationAbortedException(DicomAbortSource.ServiceProvider, DicomAbortReason.UnexpectedPDU));

        Assert.Equal(ArchiveFailureKind.AssociationFailed, failure.Kind);
        Assert.True(failure.IsAssociationFailure);
        Assert.Equal("association aborted by the service provider: unexpected PDU", failure.Detail);
    }
}
