using OpenRem.Dicom.IO;

namespace OpenRem.Dicom.Network.Server.Storage;

/// <summary>
/// Receives one C-STORE dataset fragment by fragment and streams it into a Part 10 file: the meta group
/// (from the command, with the calling AE as Source Application Entity Title) is written first, then every
/// fragment as it arrives, byte for byte, so memory stays constant whatever the object's size. The file has a
/// temporary name until the object is complete and checked; then it is renamed into place. A write error
/// (a full disk) stops writing but not reading, so the association can still answer A700.
/// </summary>
public sealed class DicomStoreFileSink : IAsyncDisposable
{
    private readonly StoreRequestContext _request;
    private readonly string _temporaryPath;
    private readonly bool _flushToDisk;
    private Stream? _stream;
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
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
        return Open(request, path, stream, flushToDisk);
    }

    /// <summary>Writes to <paramref name="stream"/> (for tests that need a failing device); the file is still <paramref name="temporaryPath"/>.</summary>
    internal static DicomStoreFileSink Open(StoreRequestContext request, string temporaryPath, Stream stream, bool flushToDisk)
    {
        var sink = new DicomStoreFileSink(request, temporaryPath, stream, flushToDisk);
        sink.Guard(() =>
        {
            var meta = new DicomFileMetaInformation();
            meta.Elements.AddOrUpdate(DicomVR.OB, DicomTag.FileMetaInformationVersion, new byte[] { 0x00, 0x01 });
            meta.MediaStorageSOPClassUID = request.SopClassUid;
            meta.MediaStorageSOPInstanceUID = request.SopInstanceUid;
            meta.TransferSyntax = request.TransferSyntax;
            meta.ImplementationClassUID = DicomImplementation.ClassUID;
            meta.ImplementationVersionName = DicomImplementation.VersionName;
            meta.SourceApplicationEntityTitle = request.CallingAeTitle;
            DicomFileWriter.WriteHeader(stream, meta);
        });
        return sink;
    }

    /// <summary>True once writing has failed; the rest of the dataset is read and discarded.</summary>
    public bool HasFailed => _failure is not null;

    /// <summary>Appends a fragment of the dataset. Awaiting it before reading more from the network is the back-pressure.</summary>
    public async ValueTask WriteAsync(ReadOnlyMemory<byte> fragment, CancellationToken cancellationToken = default)
    {
        if (_failure is not null || _stream is null)
        {
            return;
        }

        try
        {
            await _stream.WriteAsync(fragment, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await FailAsync(StoreFailure.OutOfResources, $"Cannot write the object: {e.Message}").ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Ends the object: flushes, checks that the dataset parses and matches its command, then moves the file to
    /// the path that <paramref name="choosePath"/> gives for its header (created folders included).
    /// </summary>
    public async Task<StoreResult> CompleteAsync(Func<DicomDataset, string> choosePath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(choosePath);
        if (_failure is not null)
        {
            return _failure;
        }

        try
        {
            await _stream!.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (_flushToDisk && _stream is FileStream file)
            {
                file.Flush(flushToDisk: true);
            }

            await _stream.DisposeAsync().ConfigureAwait(false);
            _stream = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await FailAsync(StoreFailure.OutOfResources, $"Cannot write the object: {e.Message}").ConfigureAwait(false);
        }

        DicomFile header;
        try
        {
            header = DicomFile.Open(_temporaryPath, DicomReaderOptions.HeaderOnly);
        }
        catch (DicomFileException e)
        {
            return await FailAsync(StoreFailure.CannotUnderstand, $"The dataset cannot be parsed: {Trim(e.Message)}").ConfigureAwait(false);
        }

        var mismatch = Mismatch(header.Dataset);
        if (mismatch is not null)
        {
            return await FailAsync(StoreFailure.DataSetDoesNotMatchSOPClass, mismatch).ConfigureAwait(false);
        }

        try
        {
            var path = choosePath(header.Dataset);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Move(_temporaryPath, path, overwrite: true);
            _completed = true;
            return StoreResult.Success(new StoredObject(path, new FileInfo(path).Length, _request, header.Dataset));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await FailAsync(StoreFailure.OutOfResources, $"Cannot move the object into place: {e.Message}").ConfigureAwait(false);
        }
    }

    /// <summary>Deletes the temporary file unless the object was completed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stream is not null)
        {
            await _stream.DisposeAsync().ConfigureAwait(false);
            _stream = null;
        }

        if (!_completed)
        {
            TryDelete();
        }
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

    private async Task<StoreResult> FailAsync(StoreFailure failure, string comment)
    {
        _failure ??= StoreResult.Failed(failure, comment);
        if (_stream is not null)
        {
            try
            {
                await _stream.DisposeAsync().ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The device already failed; closing it may fail too. The file is deleted below.
            }

            _stream = null;
        }

        TryDelete();
        return _failure;
    }

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _failure = StoreResult.Failed(StoreFailure.OutOfResources, $"Cannot write the object: {e.Message}");
            try
            {
                _stream?.Dispose();
            }
            catch (IOException)
            {
                // The device already failed; closing it may fail too.
            }

            _stream = null;
            TryDelete();
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
