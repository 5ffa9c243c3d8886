using System.Buffers;
using OpenRem.Dicom.IO;

namespace OpenRem.Dicom.Network.Server.Storage;

/// <summary>
/// Receives one C-STORE dataset fragment by fragment and streams it into a Part 10 file: the meta group
/// (from the command, with the calling AE as Source Application Entity Title) is written first, then every
/// fragment as it arrives, byte for byte, so memory stays constant whatever the object's size. The file has a
/// temporary name until the object is complete and checked; then it is renamed into place. A write error
/// (a full disk) stops writing but not reading, so the association can still answer A700.
/// </summary>
/// <remarks>
/// Writes are synchronous and unbuffered on purpose: each fragment is already a large block, and an asynchronous
/// file write is the same system call run on another thread-pool thread (Linux has no asynchronous file I/O for
/// FileStream), so the hop per fragment cost more than the write. The caller waits for each write before reading
/// more from the network, which is the back-pressure. The first <see cref="HeadCapacity"/> bytes of the file are
/// also kept in a pooled buffer, so that the check at the end reads them from memory instead of opening the file again.
/// </remarks>
public sealed class DicomStoreFileSink : IAsyncDisposable
{
    /// <summary>How much of the file's beginning is kept for the check: a whole small object, the header of a larger one.</summary>
    private const int HeadCapacity = 64 * 1024;

    private readonly StoreRequestContext _request;
    private readonly string _temporaryPath;
    private readonly bool _flushToDisk;
    private Stream? _stream;
    private byte[]? _head;
    private int _headLength;
    private bool _headIsPartial;
    private long _length;
    private StoreResult? _failure;
    private bool _completed;

    private DicomStoreFileSink(StoreRequestContext request, string temporaryPath, Stream stream, bool flushToDisk)
    {
        _request = request;
        _temporaryPath = temporaryPath;
        _stream = stream;
        _flushToDisk = flushToDisk;
    }

    /// <summary>Opens a temporary file in <paramref name="incomingDirectory"/> and writes the meta group.</summary>
    public static DicomStoreFileSink Create(string incomingDirectory, StoreRequestContext request, bool flushToDisk = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        Directory.CreateDirectory(incomingDirectory);
        var path = Path.Combine(incomingDirectory, $".incoming-{Guid.NewGuid():N}.part");
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        return Open(request, path, stream, flushToDisk);
    }

    /// <summary>Writes to <paramref name="stream"/> (for tests that need a failing device); the file is still <paramref name="temporaryPath"/>.</summary>
    internal static DicomStoreFileSink Open(StoreRequestContext request, string temporaryPath, Stream stream, bool flushToDisk)
    {
        var sink = new DicomStoreFileSink(request, temporaryPath, stream, flushToDisk);
        sink.WriteMetaGroup();
        return sink;
    }

    /// <summary>True once writing has failed; the rest of the dataset is read and discarded.</summary>
    public bool HasFailed => _failure is not null;

    /// <summary>Appends a fragment of the dataset. Awaiting it before reading more from the network is the back-pressure.</summary>
    public ValueTask WriteAsync(ReadOnlyMemory<byte> fragment, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_failure is null && _stream is not null)
        {
            Write(fragment.Span);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Ends the object: flushes, checks that the dataset parses and matches its command, then moves the file to
    /// the path that <paramref name="choosePath"/> gives for its header (created folders included).
    /// </summary>
    public Task<StoreResult> CompleteAsync(Func<DicomDataset, string> choosePath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(choosePath);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Complete(choosePath));
    }

    /// <summary>Deletes the temporary file unless the object was completed.</summary>
    public ValueTask DisposeAsync()
    {
        CloseQuietly();
        ReturnHead();
        if (!_completed)
        {
            TryDelete();
        }

        return ValueTask.CompletedTask;
    }

    private StoreResult Complete(Func<DicomDataset, string> choosePath)
    {
        if (_failure is not null)
        {
            return _failure;
        }

        try
        {
            if (_flushToDisk && _stream is FileStream file)
            {
                file.Flush(flushToDisk: true);
            }
            else
            {
                _stream!.Flush();
            }

            _stream!.Dispose();
            _stream = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(StoreFailure.OutOfResources, $"Cannot write the object: {e.Message}");
        }

        DicomFile header;
        try
        {
            header = ReadHeader();
        }
        catch (DicomFileException e)
        {
            return Fail(StoreFailure.CannotUnderstand, $"The dataset cannot be parsed: {Trim(e.Message)}");
        }
        finally
        {
            ReturnHead();
        }

        var mismatch = Mismatch(header.Dataset);
        if (mismatch is not null)
        {
            return Fail(StoreFailure.DataSetDoesNotMatchSOPClass, mismatch);
        }

        try
        {
            var path = choosePath(header.Dataset);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Move(_temporaryPath, path, overwrite: true);
            _completed = true;
            return StoreResult.Success(new StoredObject(path, _length, _request, header.Dataset));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail(StoreFailure.OutOfResources, $"Cannot move the object into place: {e.Message}");
        }
    }

    /// <summary>The meta group, into the kept head and then the file with one write.</summary>
    private void WriteMetaGroup()
    {
        var meta = new DicomFileMetaInformation();
        meta.Elements.AddOrUpdate(DicomVR.OB, DicomTag.FileMetaInformationVersion, new byte[] { 0x00, 0x01 });
        meta.MediaStorageSOPClassUID = _request.SopClassUid;
        meta.MediaStorageSOPInstanceUID = _request.SopInstanceUid;
        meta.TransferSyntax = _request.TransferSyntax;
        meta.ImplementationClassUID = DicomImplementation.ClassUID;
        meta.ImplementationVersionName = DicomImplementation.VersionName;
        meta.SourceApplicationEntityTitle = _request.CallingAeTitle;
        _head = ArrayPool<byte>.Shared.Rent(HeadCapacity);
        using (var encoded = new MemoryStream(_head, 0, HeadCapacity, writable: true))
        {
            DicomFileWriter.WriteHeader(encoded, meta);
            _headLength = (int)encoded.Position;
        }

        WriteToFile(_head.AsSpan(0, _headLength));
    }

    private void Write(ReadOnlySpan<byte> fragment)
    {
        if (_head is not null && !_headIsPartial)
        {
            var room = _head.Length - _headLength;
            var kept = Math.Min(room, fragment.Length);
            fragment[..kept].CopyTo(_head.AsSpan(_headLength));
            _headLength += kept;
            _headIsPartial = kept < fragment.Length;
        }

        WriteToFile(fragment);
    }

    private void WriteToFile(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _stream!.Write(bytes);
            _length += bytes.Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Fail(StoreFailure.OutOfResources, $"Cannot write the object: {e.Message}");
        }
    }

    /// <summary>
    /// The file's header (up to Pixel Data), read from the kept head when it holds the whole file or reaches Pixel Data,
    /// otherwise from the file. Both give the same dataset and the same errors.
    /// </summary>
    private DicomFile ReadHeader()
    {
        if (_head is not null)
        {
            try
            {
                var fromHead = DicomFile.Open(_head.AsMemory(0, _headLength), DicomReaderOptions.HeaderOnly, _temporaryPath);
                if (!_headIsPartial || fromHead.IsHeaderOnly)
                {
                    return fromHead;
                }
            }
            catch (DicomFileException) when (_headIsPartial)
            {
                // The head ends inside the header: the file decides.
            }
        }

        return DicomFile.Open(_temporaryPath, DicomReaderOptions.HeaderOnly);
    }

    private string? Mismatch(DicomDataset dataset)
    {
        var instance = dataset.TryGetString(DicomTag.SOPInstanceUID, out var i) ? i : string.Empty;
        var sopClass = dataset.TryGetString(DicomTag.SOPClassUID, out var c) ? c : string.Empty;
        if (!string.Equals(instance, _request.SopInstanceUid, StringComparison.Ordinal))
        {
            return $"SOP Instance UID '{instance}' in the dataset does not match '{_request.SopInstanceUid}' in the command.";
        }

        return string.Equals(sopClass, _request.SopClassUid, StringComparison.Ordinal)
            ? null
            : $"SOP Class UID '{sopClass}' in the dataset does not match '{_request.SopClassUid}' in the command.";
    }

    private StoreResult Fail(StoreFailure failure, string comment)
    {
        _failure ??= StoreResult.Failed(failure, comment);
        CloseQuietly();
        ReturnHead();
        TryDelete();
        return _failure;
    }

    private void CloseQuietly()
    {
        if (_stream is null)
        {
            return;
        }

        try
        {
            _stream.Dispose();
        }
        catch (IOException)
        {
            // The device already failed; closing it may fail too. The file is deleted next.
        }

        _stream = null;
    }

    private void ReturnHead()
    {
        if (_head is not null)
        {
            ArrayPool<byte>.Shared.Return(_head);
            _head = null;
        }
    }

    private void TryDelete()
    {
        try
        {
            File.Delete(_temporaryPath);
        }
        catch (IOException)
        {
            // Left for the incoming folder's clean-up at the next start.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private static string Trim(string message) => message.Length > 200 ? message[..200] : message;
}
