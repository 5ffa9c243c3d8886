using Microsoft.Extensions.Logging.Abstractions;
using OpenRem.Dicom;
using OpenRem.Domain.Nodes;
using OpenRem.Domain.Ports.Archive;
using OpenRem.Infrastructure.Archive;

namespace OpenRem.Infrastructure.Tests.Archive;

public sealed class AssociationSettingsTests
{
    [Fact]
    public void The_node_timeouts_bound_connecting_negotiating_and_each_response()
    {
        var options = AssociationSettings.ClientOptions(new AssociationTimeouts(TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(90)), NullLogger.Instance);

        Assert.Equal(TimeSpan.FromSeconds(7), options.ConnectTimeout);
        Assert.Equal(TimeSpan.FromSeconds(7), options.AssociationRequestTimeout);
        Assert.Equal(TimeSpan.FromSeconds(90), options.DimseIdleTimeout);
        Assert.Null(options.TotalMoveTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), options.CancelResponseTimeout);
        Assert.Equal(256u * 1024, options.MaximumPduLength);
    }

    [Fact]
    public void A_short_response_timeout_also_bounds_cancel_and_release()
    {
        var options = AssociationSettings.ClientOptions(new AssociationTimeouts(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(3)), NullLogger.Instance);

        Assert.Equal(TimeSpan.FromSeconds(3), options.CancelResponseTimeout);
        Assert.Equal(TimeSpan.FromSeconds(3), options.ReleaseTimeout);
    }

    [Fact]
    public void Each_service_proposes_its_Study_Root_model_only()
    {
        Assert.Equal([DicomUID.StudyRootQueryRetrieveInformationModelFind], AssociationSettings.ProposalsFor(ArchiveService.Find).Select(proposal => proposal.AbstractSyntax));
        Assert.Equal([DicomUID.StudyRootQueryRetrieveInformationModelMove], AssociationSettings.ProposalsFor(ArchiveService.Move).Select(proposal => proposal.AbstractSyntax));
    }
}
