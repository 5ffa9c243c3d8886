namespace OpenRem.Infrastructure.Running;

/// <summary>What a run of a stored query does.</summary>
public enum QueryRunKind
{
    /// <summary>The find phase, then the move phase when the query asked to retrieve what it keeps.</summary>
    Find,

    /// <summary>The move phase of a query whose find phase has ended.</summary>
    Retrieve,

    /// <summary>Resumes the interrupted or failed retrieve of a query: nothing already retrieved is moved again.</summary>
    Resume,
}
