namespace OpenRem.Testing.Peers;

/// <summary>What Orthanc holds, from its REST resource /statistics.</summary>
public sealed record OrthancStatistics(long Patients, long Studies, long Series, long Instances);
