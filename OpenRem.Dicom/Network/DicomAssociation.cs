using System.Globalization;
using System.Text;

namespace OpenRem.Dicom.Network;

/// <summary>What an association negotiated: AE titles, the peer's address, presentation contexts and limits.</summary>
public sealed class DicomAssociation
{
    public DicomAssociation(string callingAE, string calledAE, IReadOnlyList<DicomPresentationContext> presentationContexts)
    {
        ArgumentNullException.ThrowIfNull(callingAE);
        ArgumentNullException.ThrowIfNull(calledAE);
        ArgumentNullException.ThrowIfNull(presentationContexts);
        CallingAE = callingAE;
        CalledAE = calledAE;
        PresentationContexts = presentationContexts;
    }

    public string CallingAE { get; }

    public string CalledAE { get; }

    /// <summary>The peer's host as it was dialled, or a description of the stream.</summary>
    public string RemoteHost { get; init; } = string.Empty;

    public int RemotePort { get; init; }

    public IReadOnlyList<DicomPresentationContext> PresentationContexts { get; }

    /// <summary>The maximum P-DATA-TF PDU length this side announced.</summary>
    public uint MaximumPduLength { get; init; }

    /// <summary>The maximum P-DATA-TF PDU length the peer announced (0: no limit); what this side sends is sized by it.</summary>
    public uint RemoteMaximumPduLength { get; internal set; }

    public string? RemoteImplementationClassUid { get; internal set; }

    public string? RemoteImplementationVersion { get; internal set; }

    /// <summary>The accepted context with the given ID, or null.</summary>
    public DicomPresentationContext? FindAcceptedContext(byte id)
    {
        // Indexed: this runs for every PDV, and a foreach over the interface would allocate an enumerator each time.
        var contexts = PresentationContexts;
        for (var i = 0; i < contexts.Count; i++)
        {
            var context = contexts[i];
            if (context.ID == id && context.IsAccepted)
            {
                return context;
            }
        }

        return null;
    }

    /// <summary>The first accepted context for the abstract syntax, or null.</summary>
    public DicomPresentationContext? FindAcceptedContext(DicomUID abstractSyntax)
    {
        ArgumentNullException.ThrowIfNull(abstractSyntax);
        foreach (var context in PresentationContexts)
        {
            if (context.IsAccepted && context.AbstractSyntax == abstractSyntax)
            {
                return context;
            }
        }

        return null;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{CallingAE} -> {CalledAE} at {RemoteHost}:{RemotePort}");
        text.Append(CultureInfo.InvariantCulture, $", maximum PDU {MaximumPduLength} (ours) / {RemoteMaximumPduLength} (peer)");
        if (RemoteImplementationClassUid is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $", peer implementation {RemoteImplementationClassUid} {RemoteImplementationVersion}");
        }

        foreach (var context in PresentationContexts)
        {
            text.Append("; ").Append(context);
        }

        return text.ToString();
    }
}
