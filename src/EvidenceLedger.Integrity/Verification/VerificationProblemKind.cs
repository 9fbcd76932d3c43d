namespace EvidenceLedger.Integrity.Verification;

/// <summary>What verify found wrong; each kind says which stored fact contradicts which.</summary>
public enum VerificationProblemKind
{
    /// <summary>An event does not hash to its stored hash: its data or metadata changed after it was written.</summary>
    EventHashMismatch = 1,

    /// <summary>An event's previous_hash is not the hash of the version before it in its stream.</summary>
    ChainLinkBroken,

    /// <summary>A stream lacks the version before an event: versions are not dense from 1.</summary>
    VersionMissing,

    /// <summary>ledger.streams disagrees with the stream's stored events (head version, or event count).</summary>
    StreamHeadMismatch,

    /// <summary>A leaf's event is no longer in ledger.events: it was deleted.</summary>
    LeafEventMissing,

    /// <summary>An event the integrator has passed is not in the tree: it was inserted afterwards.</summary>
    EventMissingFromTree,

    /// <summary>A leaf's event is in the log, but the complete order puts another event at the leaf's place.</summary>
    LeafOutOfOrder,

    /// <summary>A stored leaf hash is not SHA-256(0x00 ‖ its event's stored hash).</summary>
    LeafHashMismatch,

    /// <summary>A leaf records a position its event does not have.</summary>
    LeafPositionMismatch,

    /// <summary>Leaf indexes are not dense: stored leaves are missing, and the tree cannot be rebuilt past them.</summary>
    LeafMissing,

    /// <summary>A complete subtree the rebuilt tree has is not stored.</summary>
    NodeMissing,

    /// <summary>A stored subtree hash differs from the one rebuilt from the leaves.</summary>
    NodeHashMismatch,

    /// <summary>Subtree hashes are stored for leaves the tree does not have.</summary>
    NodeBeyondTree,

    /// <summary>A stored checkpoint's note is not validly signed by the ledger's key.</summary>
    CheckpointSignatureInvalid,

    /// <summary>A stored checkpoint's size or root columns differ from what its note signs.</summary>
    CheckpointNoteMismatch,

    /// <summary>A signed root differs from the root of the tree rebuilt from the leaves at that size.</summary>
    CheckpointRootMismatch,

    /// <summary>A checkpoint was signed for more leaves than the tree now has: leaves were removed.</summary>
    CheckpointBeyondTree,

    /// <summary>The auditor's saved checkpoint is not a checkpoint signed by the ledger's key.</summary>
    SavedCheckpointInvalid,

    /// <summary>The ledger's tree is not an extension of the auditor's saved checkpoint.</summary>
    SavedCheckpointInconsistent,

    /// <summary>The auditor's saved checkpoint covers more leaves than the tree now has.</summary>
    SavedCheckpointBeyondTree,

    /// <summary>No trusted verifier key was given, so no signature could be checked.</summary>
    NoVerifierKey,

    /// <summary>
    /// An event is in Marten's events table at a position the event sequence never handed out (written around Marten's
    /// append), so no log reader reaches it and it is never chained. Marten's own reads (the views as of a time, the state
    /// commands decide on) would take it in. (One inserted behind the log, below the sequence, is <see cref="EventMissingFromTree"/>.)
    /// </summary>
    EventUnchained,
}
