namespace OpenRem.Dicom.Network.Pdu;

/// <summary>
/// What the item list of an A-ASSOCIATE-RQ or -AC must hold (PS3.8 Tables 9-11 and 9-17): one application context
/// item, one user information item, presentation context items of the PDU's kind with distinct IDs (at least one
/// in a request), and any number of unknown items.
/// </summary>
internal static class AssociationItemRules
{
    /// <summary>Returns what is wrong with the items, or null when they are acceptable.</summary>
    public static string? FindProblem(IReadOnlyList<PduItem> items, bool isRequest)
    {
        var pduName = isRequest ? "A-ASSOCIATE-RQ" : "A-ASSOCIATE-AC";
        var applicationContexts = 0;
        var userInformation = 0;
        var presentationContexts = 0;
        Span<bool> seenIds = stackalloc bool[256];
        foreach (var item in items)
        {
            switch (item)
            {
                case ApplicationContextItem:
                    applicationContexts++;
                    break;
                case UserInformationItem:
                    userInformation++;
                    break;
                case PresentationContextRequestItem request when isRequest:
                    if (seenIds[request.Id])
                    {
                        return $"The {pduName} proposes presentation context ID {request.Id} twice.";
                    }

                    seenIds[request.Id] = true;
                    presentationContexts++;
                    break;
                case PresentationContextAcceptItem answer when !isRequest:
                    if (seenIds[answer.Id])
                    {
                        return $"The {pduName} answers presentation context ID {answer.Id} twice.";
                    }

                    seenIds[answer.Id] = true;
                    presentationContexts++;
                    break;
                case UnknownItem:
                    break;
                default:
                    return $"A {item.ItemType} item does not belong at the top level of an {pduName}.";
            }
        }

        if (applicationContexts != 1)
        {
            return $"The {pduName} has {applicationContexts} application context items; it needs exactly one.";
        }

        if (userInformation != 1)
        {
            return $"The {pduName} has {userInformation} user information items; it needs exactly one.";
        }

        if (isRequest && presentationContexts == 0)
        {
            return $"The {pduName} proposes no presentation context.";
        }

        return null;
    }
}
