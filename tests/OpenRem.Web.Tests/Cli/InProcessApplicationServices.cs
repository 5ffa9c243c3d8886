namespace OpenRem.Web.Tests.Cli;

/// <summary>
/// Tests that build the application's configuration and services in this process (verbs using the database) run
/// alone: while a test's web application factory starts the application, it applies its own settings to every
/// host builder created in the process, and these would take the test web application's data directory.
/// </summary>
[CollectionDefinition(nameof(InProcessApplicationServices), DisableParallelization = true)]
public sealed class InProcessApplicationServices;
