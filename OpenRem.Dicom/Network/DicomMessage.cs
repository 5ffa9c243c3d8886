namespace OpenRem.Dicom.Network;

/// <summary>
/// A DIMSE message: the command set (group 0000, always sent in Implicit VR Little Endian with its group length
/// computed on encoding) and, optionally, a data set (an identifier or a stored object) encoded in the transfer
/// syntax of the presentation context it travels on.
/// </summary>
public abstract class DicomMessage
{
    /// <summary>Value of Command Data Set Type (0000,0800) meaning "no data set follows".</summary>
    public const ushort CommandDataSetTypeNull = 0x0101;

    /// <summary>Value this library sends when a data set follows (any value but 0x0101 means so; DCMTK sends the same).</summary>
    public const ushort CommandDataSetTypePresent = 0x0001;

    private protected DicomMessage(DicomDataset command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Command = command;
    }

    private protected DicomMessage(DicomCommandField type, DicomUID? sopClassUid)
        : this(new DicomDataset())
    {
        Command.AddOrUpdate<ushort>(DicomTag.CommandField, (ushort)type);
        if (sopClassUid is not null)
        {
            SOPClassUID = sopClassUid;
        }
    }

    /// <summary>The command set (without (0000,0000), which is computed when the message is encoded).</summary>
    public DicomDataset Command { get; }

    /// <summary>The data set that follows the command, or null.</summary>
    public DicomDataset? Dataset { get; set; }

    public bool HasDataset => Dataset is not null;

    /// <summary>The Command Field (0000,0100).</summary>
    public DicomCommandField Type => (DicomCommandField)Command.GetSingleValueOrDefault<ushort>(DicomTag.CommandField, 0);

    /// <summary>The Affected SOP Class UID (0000,0002), or null when absent.</summary>
    public DicomUID? SOPClassUID
    {
        get => Command.TryGetString(DicomTag.AffectedSOPClassUID, out var uid) && uid.Length > 0 ? DicomUID.Parse(uid) : null;
        set
        {
            if (value is null)
            {
                Command.Remove(DicomTag.AffectedSOPClassUID);
            }
            else
            {
                Command.AddOrUpdate(DicomTag.AffectedSOPClassUID, value.UID);
            }
        }
    }

    /// <summary>The presentation context the message was sent or received on; null before that.</summary>
    public DicomPresentationContext? PresentationContext { get; internal set; }

    /// <summary>Whether the received command set said a data set follows (Command Data Set Type other than 0x0101).</summary>
    internal bool CommandSaysDatasetFollows =>
        Command.GetSingleValueOrDefault<ushort>(DicomTag.CommandDataSetType, CommandDataSetTypeNull) != CommandDataSetTypeNull;

    public override string ToString() => $"{Type.GetDescription()}{(HasDataset ? " with data set" : string.Empty)}";

    private protected ushort GetUShort(DicomTag tag) => Command.GetSingleValueOrDefault<ushort>(tag, 0);

    private protected void SetUShort(DicomTag tag, ushort value) => Command.AddOrUpdate<ushort>(tag, value);

    private protected int? GetOptionalUShort(DicomTag tag) =>
        Command.TryGetSingleValue<ushort>(tag, out var value) ? value : null;

    private protected void SetOptionalUShort(DicomTag tag, int? value)
    {
        if (value is null)
        {
            Command.Remove(tag);
        }
        else
        {
            Command.AddOrUpdate<ushort>(tag, checked((ushort)value.Value));
        }
    }

    private protected string? GetOptionalString(DicomTag tag) =>
        Command.TryGetString(tag, out var value) ? value.TrimEnd(' ', '\0') : null;

    private protected void SetOptionalString(DicomTag tag, string? value)
    {
        if (value is null)
        {
            Command.Remove(tag);
        }
        else
        {
            Command.AddOrUpdate(tag, value);
        }
    }
}
