namespace EvidenceLedger.Integrity.Checkpoints;

/// <summary>Why a signed note or checkpoint was rejected.</summary>
public enum NoteVerificationFailure
{
    /// <summary>The text is not a well-formed signed note (characters, blank line, signature lines).</summary>
    MalformedNote = 1,

    /// <summary>The note is well-formed but carries no signature by the verifier's key (name and key ID).</summary>
    NotSignedByKey,

    /// <summary>A signature by the verifier's key does not verify: the note was altered or forged.</summary>
    InvalidSignature,

    /// <summary>The signature is valid but the note text is not a well-formed checkpoint.</summary>
    MalformedCheckpoint,

    /// <summary>A well-formed checkpoint signed by the key, but of another log: its origin line is not the key's name.</summary>
    OriginIsNotKeyName,
}
