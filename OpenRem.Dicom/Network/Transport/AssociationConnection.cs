using System.Runtime.CompilerServices;
using OpenRem.Dicom.Network.Pdu;

namespace OpenRem.Dicom.Network.Transport;

/// <summary>
/// The transport of one association: a stream (a TCP socket, or a pipe in tests) with a PDU reader for the one
/// receive loop and a serialized sender, so that all PDUs of one DIMSE message go out before any other PDU.
/// Closing disposes the stream, which also ends pending reads and writes.
/// </summary>
public sealed class AssociationConnection : IDisposable
{
    private readonly Stream _stream;
    private readonly PduReader _reader;
    private readonly PduWriter _writer;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private int _closed;

    public AssociationConnection(Stream stream, PduReaderOptions readerOptions)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
        _reader = new PduReader(stream, readerOptions);
        _writer = new PduWriter(stream);
    }

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>Reads the next PDU; null when the peer closed the connection between PDUs. Only one reader at a time.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<RawPdu?> ReadPduAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            throw Lost(e);
        }
    }

    public async Task SendPduAsync(ProtocolDataUnit pdu, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _writer.WriteAsync(pdu, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            throw Lost(e);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends a whole DIMSE message: the command's PDUs, then the data set's, with nothing in between.</summary>
    public async Task SendMessageAsync(byte presentationContextId, byte[] command, byte[]? dataset, PDataFragmenter fragmenter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(fragmenter);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var pdu in fragmenter.Fragment(command, presentationContextId, isCommand: true))
            {
                await _writer.WriteAsync(pdu, cancellationToken).ConfigureAwait(false);
            }

            if (dataset is not null)
            {
                foreach (var pdu in fragmenter.Fragment(dataset, presentationContextId, isCommand: false))
                {
                    await _writer.WriteAsync(pdu, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            throw Lost(e);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Closes the transport; safe to call more than once and from any thread.</summary>
    public void Close()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            _stream.Dispose();
        }
    }

    public void Dispose()
    {
        Close();
        _reader.ReleaseBuffer();
        _sendLock.Dispose();
    }

    private ConnectionClosedPrematurelyException Lost(Exception e) =>
        IsClosed
            ? new ConnectionClosedPrematurelyException("The connection was closed.", e)
            : new ConnectionClosedPrematurelyException($"The connection was lost: {e.Message}", e);
}
