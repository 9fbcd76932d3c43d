namespace EvidenceLedger.Evidence.Deciding;

/// <summary>Why a command was refused, so callers can map it (e.g. to 422, 404 and 409).</summary>
public enum RejectionKind
{
    /// <summary>The command itself is malformed or would record nothing new.</summary>
    Invalid,

    /// <summary>The incident, source or claim the command targets does not exist.</summary>
    NotFound,

    /// <summary>The command is well formed but the current state forbids it (already exists, retracted, shredded).</summary>
    Conflict,
}
