namespace OpenRem.Domain.Nodes;

/// <summary>Why one field of a node's settings is not acceptable, in words fit for a form.</summary>
public sealed record NodeSettingError(string Field, string Message);
