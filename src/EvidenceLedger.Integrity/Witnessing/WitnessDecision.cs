namespace EvidenceLedger.Integrity.Witnessing;

/// <summary>What the witness answers an add-checkpoint request, in the C2SP tlog-witness status codes.</summary>
public enum WitnessVerdict
{
    /// <summary>200: cosigned; the new tree is the witness's state from now on.</summary>
    Cosigned = 200,

    /// <summary>400: the request, note or checkpoint is malformed, or the old size exceeds the checkpoint's.</summary>
    Malformed = 400,

    /// <summary>403: no signature on the checkpoint verifies with the log's key.</summary>
    NotSignedByLog = 403,

    /// <summary>404: the checkpoint's origin is not a log this witness knows.</summary>
    UnknownLog = 404,

    /// <summary>409: the old size is not the size the witness last cosigned, or the same size with another root.</summary>
    Conflict = 409,

    /// <summary>422: the consistency proof does not verify.</summary>
    InconsistentProof = 422,
}

/// <summary>
/// The verdict on one request; for <see cref="WitnessVerdict.Cosigned"/> the cosignature and the new state, for a
/// <see cref="WitnessVerdict.Conflict"/> about the old size the size the witness holds (<see cref="WitnessedSize"/>).
/// </summary>
public sealed record WitnessDecision(WitnessVerdict Verdict, string Detail, Cosignature? Cosignature = null, WitnessedTree? NewState = null, long? WitnessedSize = null)
{
    /// <summary>True when the log's signature verified, so the request is evidence worth keeping even though refused.</summary>
    public bool SignedByLog { get; init; }

    /// <summary>
    /// True when the log signed a checkpoint the witness could not reconcile with what it cosigned (a proof that fails, or
    /// another root at the same size): possible proof of a rewritten history, worth keeping. A 409 about the old size is not.
    /// </summary>
    public bool MayShowMisbehaviour =>
        SignedByLog && (Verdict == WitnessVerdict.InconsistentProof || (Verdict == WitnessVerdict.Conflict && WitnessedSize is null));
}
