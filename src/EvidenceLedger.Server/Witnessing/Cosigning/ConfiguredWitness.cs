using EvidenceLedger.Integrity.Witnessing;

namespace EvidenceLedger.Server.Witnessing.Cosigning;

/// <summary>A witness the ledger asks to cosign: its submission prefix (add-checkpoint is posted below it) and its verifier key.</summary>
public sealed record ConfiguredWitness(Uri Url, WitnessVerifierKey Key);
