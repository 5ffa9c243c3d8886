namespace OpenRem.Domain.Nodes;

/// <summary>Thrown when a node is created or changed with settings that do not validate.</summary>
public sealed class InvalidNodeSettingsException : Exception
{
    public InvalidNodeSettingsException()
        : this([])
    {
    }

    public InvalidNodeSettingsException(string message)
        : base(message)
    {
        Errors = [];
    }

    public InvalidNodeSettingsException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public InvalidNodeSettingsException(IReadOnlyList<NodeSettingError> errors)
        : base("The node settings are not valid: " + string.Join(" ", errors.Select(error => error.Message)))
    {
        Errors = errors;
    }

    /// <summary>Every field that failed, with its reason.</summary>
    public IReadOnlyList<NodeSettingError> Errors { get; }
}
