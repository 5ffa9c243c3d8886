namespace OpenRem.Testing.Peers;

/// <summary>One study of a <see cref="SyntheticStudySet"/>, as listed in its manifest.csv.</summary>
public sealed record SyntheticStudy(int Index, string StudyInstanceUid, string StudyDate, string PatientId, string AccessionNumber);
