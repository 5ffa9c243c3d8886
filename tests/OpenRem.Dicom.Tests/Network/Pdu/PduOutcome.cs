using OpenRem.Dicom.Network;
using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Tests.Network.Pdu;

/// <summary>Runs a decode and reports what came of it: a PDU, a network-layer error, or (a test failure) anything else.</summary>
internal static class PduOutcome
{
    /// <summary>Decodes the bytes as one whole PDU; returns the PDU or the <see cref="DicomNetworkException"/> it raised.</summary>
    public static (ProtocolDataUnit? Pdu, DicomNetworkException? Error) FromBytes(ReadOnlyMemory<byte> bytes)
    {
        try
        {
            return (PduDecoder.Decode(bytes), null);
        }
        catch (DicomNetworkException e)
        {
            return (null, e);
        }
    }

    /// <summary>
    /// Reads one PDU from a memory stream over the bytes and decodes it. The stream completes every read at once, so
    /// the reader's task is complete when it returns; a pending task would be a failure of the test's premise.
    /// </summary>
    public static (ProtocolDataUnit? Pdu, DicomNetworkException? Error, bool EndOfStream) FromStream(byte[] bytes, int length)
    {
        using var stream = new MemoryStream(bytes, 0, length, writable: false);
        var read = new PduReader(stream).ReadAsync(TestContext.Current.CancellationToken);
        if (!read.IsCompleted)
        {
            throw new InvalidOperationException("A read from a memory stream did not complete synchronously.");
        }

        if (read.IsFaulted)
        {
            var error = read.AsTask().Exception!.InnerException!;
            return error is DicomNetworkException networkError
                ? (null, networkError, false)
                : throw new InvalidOperationException($"The reader raised {error.GetType().Name}: {error.Message}", error);
        }

        using var raw = read.Result;
        if (raw is null)
        {
            return (null, null, true);
        }

        try
        {
            var pdu = raw.Decode();
            return (PduDecoder.Decode(pdu.Encode()), null, false);
        }
        catch (DicomNetworkException e)
        {
            return (null, e, false);
        }
    }
}
