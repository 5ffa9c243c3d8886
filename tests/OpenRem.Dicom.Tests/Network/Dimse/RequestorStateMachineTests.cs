using OpenRem.Dicom.Network.Pdu;
using OpenRem.Dicom.Network.Transport;

namespace OpenRem.Dicom.Tests.Network.Dimse;

public sealed class RequestorStateMachineTests
{
    [Fact]
    public void A_normal_association_goes_idle_request_established_release_idle()
    {
        var machine = new RequestorStateMachine();
        machine.AssociateRequestSent();
        Assert.Equal(PduDisposition.Process, machine.Received(RawPduType.AAssociateAC));
        Assert.True(machine.CanSendData);
        Assert.Equal(PduDisposition.Process, machine.Received(RawPduType.PDataTF));
        machine.ReleaseRequestSent();
        Assert.False(machine.CanSendData);
        Assert.Equal(PduDisposition.Process, machine.Received(RawPduType.PDataTF));
        Assert.Equal(PduDisposition.Process, machine.Received(RawPduType.AReleaseRP));
        Assert.Equal(AssociationState.Idle, machine.State);
    }

    [Theory]
    [InlineData(RawPduType.PDataTF)]
    [InlineData(RawPduType.AReleaseRQ)]
    [InlineData(RawPduType.AReleaseRP)]
    [InlineData(RawPduType.AAssociateRQ)]
    public void Anything_but_an_answer_while_awaiting_one_is_unexpected(RawPduType type)
    {
        var machine = new RequestorStateMachine();
        machine.AssociateRequestSent();

        Assert.Equal(PduDisposition.AbortUnexpected, machine.Received(type));
        Assert.Equal(AssociationState.AwaitingTransportClose, machine.State);
    }

    [Theory]
    [InlineData(RawPduType.AAssociateAC)]
    [InlineData(RawPduType.AAssociateRJ)]
    [InlineData(RawPduType.AAssociateRQ)]
    [InlineData(RawPduType.AReleaseRP)]
    public void Association_PDUs_and_a_stray_release_answer_are_unexpected_once_established(RawPduType type)
    {
        var machine = Established();

        Assert.Equal(PduDisposition.AbortUnexpected, machine.Received(type));
    }

    [Fact]
    public void A_release_collision_keeps_waiting_for_the_answer()
    {
        var machine = Established();
        machine.ReleaseRequestSent();

        Assert.Equal(PduDisposition.Process, machine.Received(RawPduType.AReleaseRQ));
        Assert.Equal(AssociationState.AwaitingReleaseResponse, machine.State);
    }

    [Fact]
    public void After_an_abort_everything_is_ignored()
    {
        var machine = Established();
        machine.AbortSent();

        Assert.Equal(PduDisposition.Ignore, machine.Received(RawPduType.PDataTF));
        Assert.Equal(PduDisposition.Ignore, machine.Received(RawPduType.AAbort));
        Assert.Throws<InvalidOperationException>(machine.ReleaseRequestSent);
    }

    [Fact]
    public void An_abort_is_processed_in_every_live_state()
    {
        var machine = Established();
        Assert.Equal(PduDisposition.Process, machine.Received(RawPduType.AAbort));
        Assert.Equal(AssociationState.Idle, machine.State);
    }

    private static RequestorStateMachine Established()
    {
        var machine = new RequestorStateMachine();
        machine.AssociateRequestSent();
        machine.Received(RawPduType.AAssociateAC);
        return machine;
    }
}
