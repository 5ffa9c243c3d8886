namespace OpenRem.Testing.Peers;

/// <summary>The query/retrieve information model a DCMTK client asks for.</summary>
public enum QueryModel
{
    /// <summary>Study Root (findscu/movescu <c>-S</c>).</summary>
    StudyRoot,

    /// <summary>Patient Root (findscu/movescu <c>-P</c>).</summary>
    PatientRoot,
}
