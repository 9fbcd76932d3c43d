using NodaTime;

namespace EvidenceLedger.Integrity.Witnessing;

/// <summary>A stored cosignature: the checkpoint's size, the witness's verifier key, the signature line as received, and the witness's time.</summary>
public sealed record StoredCosignature(long TreeSize, string WitnessKey, string Line, Instant CosignedAt);
