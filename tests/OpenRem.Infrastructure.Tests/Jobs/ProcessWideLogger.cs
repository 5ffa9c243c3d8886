namespace OpenRem.Infrastructure.Tests.Jobs;

/// <summary>Tests that read what the application's host writes through Serilog's process-wide logger run alone.</summary>
[CollectionDefinition(nameof(ProcessWideLogger), DisableParallelization = true)]
public sealed class ProcessWideLogger;
