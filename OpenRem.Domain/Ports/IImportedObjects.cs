using OpenRem.Domain.Imported;

namespace OpenRem.Domain.Ports;

/// <summary>Read access to what has already been imported, for the duplicate rule.</summary>
public interface IImportedObjects
{
    /// <summary>Every imported study with this study instance UID, each with its processed objects; empty when none.</summary>
    Task<IReadOnlyList<ImportedStudy>> FindStudiesAsync(string studyInstanceUid, CancellationToken cancellationToken);
}
