using EvidenceLedger.Integrity.Checkpoints;

namespace EvidenceLedger.Server.Integrity.Keys;

/// <summary>The public half of the ledger's checkpoint key, as GET /api/ledger/public-key answers it.</summary>
public sealed record LedgerPublicKey(string Algorithm, string KeyName, string KeyId, string PublicKey, string VerifierKey)
{
    public static LedgerPublicKey Of(NoteVerifier verifier) =>
        new("ed25519", verifier.KeyName, verifier.KeyId.ToString("x8", System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToBase64String(verifier.PublicKey), verifier.VerifierKey);
}
