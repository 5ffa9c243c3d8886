namespace OpenRem.Web.Cli.Nodes;

/// <summary>One line of <c>nodes list</c>.</summary>
internal sealed record NodeRow(int Id, string Kind, string Name, string AeTitle, string Host, string Port);
