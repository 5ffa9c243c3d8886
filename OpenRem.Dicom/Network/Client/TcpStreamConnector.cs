using System.Net.Sockets;

namespace OpenRem.Dicom.Network.Client;

/// <summary>Opens the TCP connection of an association: Nagle off (NoDelay), a bounded connect time, errors that name the peer.</summary>
internal static class TcpStreamConnector
{
    public static async Task<NetworkStream> ConnectAsync(string host, int port, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await socket.ConnectAsync(host, port, timer.Token).ConfigureAwait(false);
            socket.NoDelay = true;
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new DicomRequestTimedOutException(DicomTimeoutKind.Connect, timeout, $"no connection to {host}:{port}");
        }
        catch (SocketException e)
        {
            socket.Dispose();
            throw new DicomNetworkException(Describe(e, host, port), e);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static string Describe(SocketException e, string host, int port) => e.SocketErrorCode switch
    {
        SocketError.ConnectionRefused => $"connection refused by {host}:{port}",
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => $"cannot resolve the host name {host}",
        SocketError.HostUnreachable or SocketError.NetworkUnreachable => $"{host}:{port} is unreachable",
        SocketError.TimedOut => $"connecting to {host}:{port} timed out",
        _ => $"cannot connect to {host}:{port}: {e.Message}",
    };
}
