using OpenRem.Domain.Ports;

namespace OpenRem.Domain.Find.Lanes;

/// <summary>One report a lane held back: a stage text, a log line or a remote error.</summary>
internal sealed record LaneEntry(LaneEntryKind Kind, string Text, QueryLogLine? Line = null);
