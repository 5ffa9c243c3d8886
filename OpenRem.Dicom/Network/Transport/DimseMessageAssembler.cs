using System.Buffers;
using System.Globalization;
using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Network.Transport;

/// <summary>
/// Reassembles DIMSE messages from PDVs (PS3.8 Annex E): command fragments, then, when the command says one
/// follows, data set fragments, all on one presentation context, with no other message interleaved. The command
/// and the data set are bounded; a PDV that breaks these rules raises <see cref="DicomPduException"/>.
/// Fragment bytes are copied, so the PDU buffer they came from may be reused at once.
/// </summary>
public sealed class DimseMessageAssembler
{
    /// <summary>64 KiB: command sets are a few hundred bytes.</summary>
    public const int DefaultMaxCommandLength = 64 * 1024;

    /// <summary>The data set buffer is kept for the next message up to this size (identifiers are a few kilobytes).</summary>
    private const int KeptDatasetCapacity = 1024 * 1024;

    private readonly int _maxCommandLength;
    private readonly int _maxDatasetLength;
    private readonly ArrayBufferWriter<byte> _command = new(256);
    private ArrayBufferWriter<byte>? _dataset;
    private DicomDataset? _decodedCommand;
    private byte _contextId;

    public DimseMessageAssembler(int maxDatasetLength, int maxCommandLength = DefaultMaxCommandLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxDatasetLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCommandLength);
        _maxDatasetLength = maxDatasetLength;
        _maxCommandLength = maxCommandLength;
    }

    /// <summary>True while a message has started and is not complete.</summary>
    public bool IsInProgress => _contextId != 0;

    /// <summary>Adds one PDV; returns the message it completes, or null.</summary>
    public ReceivedDimseMessage? Add(PDV pdv)
    {
        if (_contextId == 0)
        {
            if (!pdv.IsCommand)
            {
                throw new DicomPduException(
                    $"A data set fragment arrived on presentation context {pdv.PCID} before any command.", DicomAbortReason.UnexpectedPDUParameter);
            }

            _contextId = pdv.PCID;
        }
        else if (pdv.PCID != _contextId)
        {
            throw new DicomPduException(
                $"A fragment on presentation context {pdv.PCID} arrived in the middle of a message on context {_contextId}.", DicomAbortReason.UnexpectedPDUParameter);
        }

        return _decodedCommand is null ? AddCommandFragment(pdv) : AddDatasetFragment(pdv);
    }

    private ReceivedDimseMessage? AddCommandFragment(PDV pdv)
    {
        if (!pdv.IsCommand)
        {
            throw new DicomPduException("A data set fragment arrived before the last fragment of its command.", DicomAbortReason.UnexpectedPDUParameter);
        }

        Append(_command, pdv.Value, _maxCommandLength, "command set");
        if (!pdv.IsLastFragment)
        {
            return null;
        }

        var command = DicomCommandCodec.Decode(_command.WrittenMemory);
        var datasetFollows = command.GetSingleValueOrDefault<ushort>(DicomTag.CommandDataSetType, DicomMessage.CommandDataSetTypeNull) != DicomMessage.CommandDataSetTypeNull;
        if (!datasetFollows)
        {
            return Complete(command, null);
        }

        _decodedCommand = command;
        _dataset ??= new ArrayBufferWriter<byte>(1024);
        return null;
    }

    private ReceivedDimseMessage? AddDatasetFragment(PDV pdv)
    {
        if (pdv.IsCommand)
        {
            throw new DicomPduException("A command fragment arrived where the data set of the previous command was expected.", DicomAbortReason.UnexpectedPDUParameter);
        }

        Append(_dataset!, pdv.Value, _maxDatasetLength, "data set");
        return pdv.IsLastFragment ? Complete(_decodedCommand!, _dataset!.WrittenSpan.ToArray()) : null;
    }

    private ReceivedDimseMessage Complete(DicomDataset command, byte[]? dataset)
    {
        var message = new ReceivedDimseMessage(_contextId, command, dataset);
        _contextId = 0;
        _decodedCommand = null;
        if (_dataset?.Capacity > KeptDatasetCapacity)
        {
            _dataset = null;
        }

        _dataset?.ResetWrittenCount();
        _command.ResetWrittenCount();
        return message;
    }

    private static void Append(ArrayBufferWriter<byte> buffer, ReadOnlyMemory<byte> fragment, int limit, string what)
    {
        if ((long)buffer.WrittenCount + fragment.Length > limit)
        {
            throw new DicomPduException(
                string.Create(CultureInfo.InvariantCulture, $"The received {what} is larger than the configured maximum of {limit} bytes."),
                DicomAbortReason.InvalidPDUParameter);
        }

        buffer.Write(fragment.Span);
    }
}
