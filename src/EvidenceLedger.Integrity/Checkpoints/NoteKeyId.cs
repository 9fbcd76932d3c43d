using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace EvidenceLedger.Integrity.Checkpoints;

/// <summary>The 4-byte key ID of C2SP signed-note: SHA-256(key name ‖ 0x0A ‖ signature type ‖ public key)[:4], big-endian.</summary>
public static class NoteKeyId
{
    /// <summary>Signature type byte of Ed25519 keys.</summary>
    public const byte Ed25519Type = 0x01;

    public static uint ForEd25519(string keyName, ReadOnlySpan<byte> publicKey) => For(keyName, Ed25519Type, publicKey);

    /// <summary>The key ID for a key of another signature type, e.g. a witness's cosignature key (0x04).</summary>
    public static uint For(string keyName, byte signatureType, ReadOnlySpan<byte> publicKey)
    {
        ArgumentNullException.ThrowIfNull(keyName);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(keyName));
        hash.AppendData([(byte)'\n', signatureType]);
        hash.AppendData(publicKey);
        return BinaryPrimitives.ReadUInt32BigEndian(hash.GetHashAndReset());
    }
}
