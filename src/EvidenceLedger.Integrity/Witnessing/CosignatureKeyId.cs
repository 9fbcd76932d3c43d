using EvidenceLedger.Integrity.Checkpoints;

namespace EvidenceLedger.Integrity.Witnessing;

/// <summary>
/// The 4-byte key ID of a C2SP tlog-cosignature/v1 Ed25519 key: SHA-256(name ‖ 0x0A ‖ 0x04 ‖ public key)[:4], big-endian.
/// The type byte differs from a plain note key's (0x01), so a cosignature can never pass for a log signature.
/// </summary>
public static class CosignatureKeyId
{
    /// <summary>Signature type byte of Ed25519 cosignature/v1 keys.</summary>
    public const byte CosignatureV1Type = 0x04;

    public static uint For(string witnessName, ReadOnlySpan<byte> publicKey) => NoteKeyId.For(witnessName, CosignatureV1Type, publicKey);
}
